package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.alukg.ingest.ValidatedWriter;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** VoID, the Service Description and the dumps parse, and what they count is what the store holds. */
class DatasetDescriptionTest {
    @RegisterExtension static final Curated curated = Curated.linkedData();
    static TestServer web;

    @BeforeAll
    static void start() { web = curated.server(); }

    static long count(String query) throws Exception {
        HttpResponse<String> r = web.get("/cluster/sparql?query=" + java.net.URLEncoder.encode(query, "UTF-8"), "Accept", "text/csv");
        return Long.parseLong(r.body().split("\r?\n")[1].trim());
    }

    static long voidNumber(Model m, String sparql) {
        try (var qe = QueryExecutionFactory.create("PREFIX void: <http://rdfs.org/ns/void#> " + sparql, m)) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void voidParsesAndItsCountsMatchTheStore() throws Exception {
        for (String path : new String[] {"/void", "/.well-known/void"}) {
            HttpResponse<String> r = web.get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            String ds = "<https://w3id.org/alukg/void#alukg>";
            assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), voidNumber(m, "SELECT ?n { " + ds + " void:triples ?n }"));
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'https://w3id.org/alukg/id/')) }"),
                         voidNumber(m, "SELECT ?n { " + ds + " void:entities ?n }"));
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <https://w3id.org/alukg/ontology#Smelter> }"),
                         voidNumber(m, "SELECT ?n { " + ds + " void:classPartition [ void:class <https://w3id.org/alukg/ontology#Smelter> ; void:entities ?n ] }"));
            assertEquals(3, voidNumber(m, "SELECT ?n { " + ds + " void:classPartition [ void:class <https://w3id.org/alukg/ontology#Smelter> ; void:entities ?n ] }"));
            assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s <https://w3id.org/alukg/ontology#sharePercent> ?o }"),
                         voidNumber(m, "SELECT ?n { " + ds + " void:propertyPartition [ void:property <https://w3id.org/alukg/ontology#sharePercent> ; void:triples ?n ] }"));
            assertEquals(2, voidNumber(m, "SELECT ?n { " + ds + " void:subset [ a void:Linkset ; void:target <http://www.wikidata.org/> ; void:triples ?n ] }"));
            assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/alukg/graph/curated> { ?s ?p ?o } }"),
                         voidNumber(m, "SELECT ?n { " + ds + " void:subset <https://w3id.org/alukg/graph/curated> . <https://w3id.org/alukg/graph/curated> void:triples ?n }"));
            assertTrue(r.body().contains("/cluster/sparql>") && r.body().contains("/dumps/alukg.nq.gz>"));
        }
        // The other syntaxes carry the same graph.
        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.fromString(web.get("/void", "Accept", "text/turtle").body(), Lang.TURTLE).parse(ttl);
        Graph jsonld = RioAdapter.parse(web.bytes("/void", "Accept", "application/ld+json").body(), "application/ld+json", "http://x/");
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(ttl, jsonld));
    }

    @Test
    void serviceDescriptionParsesAndItsCountsMatchTheStore() throws Exception {
        HttpResponse<String> r = web.get("/cluster/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String sd = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> ";
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                     voidNumber(m, sd + "SELECT ?n { ?svc sd:defaultDataset/sd:defaultGraph/void:triples ?n }"));
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/alukg/graph/curated> { ?s ?p ?o } }"),
                     voidNumber(m, sd + "SELECT ?n { ?svc sd:defaultDataset/sd:namedGraph [ sd:name <https://w3id.org/alukg/graph/curated> ; sd:graph/void:triples ?n ] }"));
    }

    @Test
    void dumpsAreMadeOncePerChangeWithValidators() throws Exception {
        HttpResponse<byte[]> nq = web.bytes("/dumps/alukg.nq.gz");
        assertEquals(200, nq.statusCode());
        assertEquals(nq.body().length, Long.parseLong(nq.headers().firstValue("Content-Length").orElseThrow()));
        String etag = nq.headers().firstValue("ETag").orElseThrow();
        String lastModified = nq.headers().firstValue("Last-Modified").orElseThrow();
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nq.body()))).lang(Lang.NQUADS).parse(quads);
        long storeQuads = web.store.read(() -> web.store.dataset().stream().count());
        assertEquals(storeQuads, quads.stream().count());
        HttpResponse<byte[]> ttl = web.bytes("/dumps/alukg.ttl");
        Graph union = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl.body())).lang(Lang.TURTLE).parse(union);
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), union.size());

        Dumps maker = new Dumps(web.store);
        Dumps.Built first = maker.current();
        assertEquals(first, maker.current());
        assertEquals(etag, web.bytes("/dumps/alukg.nq.gz").headers().firstValue("ETag").orElseThrow());
        assertEquals(304, web.bytes("/dumps/alukg.nq.gz", "If-None-Match", etag).statusCode());
        assertEquals(304, web.bytes("/dumps/alukg.nq.gz", "If-Modified-Since", lastModified).statusCode());
        assertEquals(1, maker.builds(), "not remade per request");

        Graph added = ValidatedWriter.newGraph();
        added.add(NodeFactory.createURI(Alu.id("org", "newcomer")), RDFS.label.asNode(), NodeFactory.createLiteralLang("Newcomer", "en"));
        new ValidatedWriter(web.store).commit(new ValidatedWriter.Change().replace(NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + "dumps-test"), added));
        HttpResponse<byte[]> after = web.bytes("/dumps/alukg.nq.gz");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow(), "a data change makes new dumps");
        assertNotEquals(first.version(), maker.current().version());
        assertEquals(2, maker.builds(), "remade once after the change");
        maker.current();
        assertEquals(2, maker.builds());
        assertEquals(storeQuads + 1, parseCount(after.body()));
    }

    private static long parseCount(byte[] gz) throws Exception {
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(gz))).lang(Lang.NQUADS).parse(quads);
        return quads.stream().count();
    }
}
