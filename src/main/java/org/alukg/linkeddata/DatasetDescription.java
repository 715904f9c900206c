package org.alukg.linkeddata;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alukg.http.Routes;
import org.alukg.store.DataVersion;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset described in VoID and DCAT: counts of triples, entities, classes and properties, entities per class,
 * triples per property and per named graph, links to other datasets, the SPARQL endpoint, the dumps, the licence
 * and the sources. The counts are made with SPARQL over the union graph once per change of the data.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    /** Predicates whose objects outside our base are links to other datasets. */
    private static final List<String> LINK_PREDICATES = List.of(
        "http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/2004/02/skos/core#exactMatch",
        "http://www.w3.org/2004/02/skos/core#closeMatch", "http://www.w3.org/2000/01/rdf-schema#seeAlso",
        "http://schema.org/sameAs");

    private static final String P = """
        PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX alu:  <https://w3id.org/alukg/ontology#>
        """;
    private static final Query TOTALS = QueryFactory.create(P + """
        SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?o) AS ?objects)
               (COUNT(DISTINCT ?p) AS ?properties)
        WHERE { ?s ?p ?o }
        """);
    private static final Query ENTITIES = QueryFactory.create(
        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix)) }");
    private static final Query CLASSES = QueryFactory.create(P + "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s rdf:type ?c } GROUP BY ?c ORDER BY ?c");
    private static final Query PROPERTIES = QueryFactory.create("SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p");
    private static final Query GRAPHS = QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g");
    private static final Query LINKS = QueryFactory.create("SELECT ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }");
    private static final Query SOURCES = QueryFactory.create(P + "SELECT DISTINCT ?src WHERE { ?src rdf:type alu:Source } ORDER BY ?src");

    /** The counts of one state of the data. */
    record Counts(DataVersion version, long triples, long subjects, long objects, long properties, long entities,
                  Map<String, Long> classes, Map<String, Long> triplesPerProperty, Map<String, Long> triplesPerGraph,
                  Map<List<String>, Long> linksets, List<String> sources) {}

    private final Store store;
    private final String base;
    private Counts counts;

    DatasetDescription(Store store, String base) {
        this.store = store;
        this.base = base;
    }

    /** The dataset's IRI. */
    String datasetIri() { return base + "void#alukg"; }

    synchronized Counts counts() {
        DataVersion now = store.version();
        if (counts == null || !counts.version().equals(now))
            counts = store.read(this::count);
        return counts;
    }

    /** VoID and DCAT of the dataset, with the endpoint and dumps at {@code origin} (scheme://host:port). */
    Model describe(String origin) {
        Counts c = counts();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(RdfFormat.PREFIXES.getMapping());
        Resource doc = m.createResource(base + "void");
        Resource ds = m.createResource(datasetIri());
        doc.addProperty(RDF.type, m.createResource(VOID + "DatasetDescription"))
           .addProperty(DCTerms.title, "Description of the alukg dataset", "en")
           .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/primaryTopic"), ds);
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset")).addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
          .addProperty(DCTerms.title, "alukg — the knowledge graph of the Québec aluminium cluster", "en")
          .addProperty(DCTerms.title, "alukg — le graphe de connaissances de la grappe québécoise de l'aluminium", "fr")
          .addProperty(DCTerms.description, "Producers, smelters, owners and their shares, suppliers and customers, associations "
                       + "and public bodies of the Québec aluminium cluster, each fact with its source and date.", "en")
          .addProperty(DCTerms.license, m.createResource(LICENSE))
          .addProperty(p(m, VOID, "uriSpace"), base + "id/")
          .addProperty(p(m, VOID, "vocabulary"), m.createResource(Alu.NS))
          .addProperty(p(m, VOID, "rootResource"), m.createResource(Alu.id("site", "alouette")))
          .addProperty(p(m, VOID, "sparqlEndpoint"), m.createResource(origin + Routes.SPARQL))
          .addProperty(p(m, VOID, "dataDump"), m.createResource(origin + Routes.dump(Dumps.NQUADS)))
          .addProperty(p(m, VOID, "dataDump"), m.createResource(origin + Routes.dump(Dumps.TURTLE)));
        count(m, ds, "triples", c.triples());
        count(m, ds, "entities", c.entities());
        count(m, ds, "distinctSubjects", c.subjects());
        count(m, ds, "distinctObjects", c.objects());
        count(m, ds, "properties", c.properties());
        count(m, ds, "classes", c.classes().size());
        int[] i = {0};
        c.classes().forEach((cls, n) -> {
            Resource part = m.createResource(base + "void#class-" + ++i[0]).addProperty(p(m, VOID, "class"), m.createResource(cls));
            count(m, part, "entities", n);
            ds.addProperty(p(m, VOID, "classPartition"), part);
        });
        i[0] = 0;
        c.triplesPerProperty().forEach((prop, n) -> {
            Resource part = m.createResource(base + "void#property-" + ++i[0]).addProperty(p(m, VOID, "property"), m.createResource(prop));
            count(m, part, "triples", n);
            ds.addProperty(p(m, VOID, "propertyPartition"), part);
        });
        c.triplesPerGraph().forEach((g, n) -> {
            Resource sub = m.createResource(g).addProperty(RDF.type, m.createResource(VOID + "Dataset"));
            count(m, sub, "triples", n);
            ds.addProperty(p(m, VOID, "subset"), sub);
        });
        i[0] = 0;
        c.linksets().forEach((key, n) -> {
            Resource ls = m.createResource(base + "void#linkset-" + ++i[0]).addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                           .addProperty(p(m, VOID, "linkPredicate"), m.createResource(key.get(0)))
                           .addProperty(p(m, VOID, "subjectsTarget"), ds)
                           .addProperty(p(m, VOID, "objectsTarget"), m.createResource(key.get(1)))
                           .addProperty(p(m, VOID, "target"), m.createResource(key.get(1)));
            count(m, ls, "triples", n);
            ds.addProperty(p(m, VOID, "subset"), ls);
        });
        Resource service = m.createResource(origin + Routes.SPARQL + "#service")
            .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
            .addProperty(p(m, DCAT, "endpointURL"), m.createResource(origin + Routes.SPARQL))
            .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
            .addProperty(p(m, DCAT, "servesDataset"), ds);
        ds.addProperty(p(m, DCAT, "accessService"), service);
        distribution(m, ds, base + "void#nquads", origin + Routes.dump(Dumps.NQUADS), "application/n-quads", "application/gzip")
            .addProperty(DCTerms.description, m.createLiteral("Every named graph; the RDFS closure apart, in " + Alu.GRAPH_INFERRED.getURI(), "en"));
        distribution(m, ds, base + "void#turtle", origin + Routes.dump(Dumps.TURTLE), "text/turtle", null)
            .addProperty(DCTerms.description, m.createLiteral("The union of the named graphs, the RDFS closure included", "en"));
        for (String src : c.sources())
            ds.addProperty(DCTerms.source, m.createResource(src));
        return m;
    }

    private static Resource distribution(Model m, Resource ds, String iri, String url, String mediaType, String compression) {
        Resource d = m.createResource(iri).addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
            .addProperty(p(m, DCAT, "downloadURL"), m.createResource(url))
            .addProperty(p(m, DCAT, "mediaType"), m.createResource("https://www.iana.org/assignments/media-types/" + mediaType));
        if (compression != null)
            d.addProperty(p(m, DCAT, "compressFormat"), m.createResource("https://www.iana.org/assignments/media-types/" + compression));
        ds.addProperty(p(m, DCAT, "distribution"), d);
        return d;
    }

    private Counts count() {
        DataVersion version = store.version();
        Binding t = QueryExec.dataset(store.dataset()).query(TOTALS).build().select().next();
        long entities = number(QueryExec.dataset(store.dataset()).query(ENTITIES)
            .substitution("prefix", NodeFactory.createLiteralString(base + "id/")).build().select().next().get("n"));
        Map<String, Long> classes = grouped(CLASSES, "c");
        Map<String, Long> properties = grouped(PROPERTIES, "p");
        Map<String, Long> graphs = grouped(GRAPHS, "g");
        Map<List<String>, Long> linksets = new LinkedHashMap<>();
        QueryExec.dataset(store.dataset()).query(LINKS).build().select().forEachRemaining(row -> {
            String p = row.get("p").getURI();
            String o = row.get("o").getURI();
            if (!LINK_PREDICATES.contains(p) || o.startsWith(base))
                return;
            String target = target(o);
            if (target != null)
                linksets.merge(List.of(p, target), 1L, Long::sum);
        });
        List<String> sources = new ArrayList<>();
        QueryExec.dataset(store.dataset()).query(SOURCES).build().select().forEachRemaining(row -> sources.add(row.get("src").getURI()));
        return new Counts(version, number(t.get("triples")), number(t.get("subjects")), number(t.get("objects")),
                          number(t.get("properties")), entities, classes, properties, graphs, linksets, sources);
    }

    /** The dataset an outside IRI belongs to: its scheme and host. */
    private static String target(String iri) {
        try {
            URI u = URI.create(iri);
            return u.getScheme() == null || u.getHost() == null ? null : u.getScheme() + "://" + u.getHost() + "/";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<String, Long> grouped(Query q, String var) {
        Map<String, Long> out = new LinkedHashMap<>();
        QueryExec.dataset(store.dataset()).query(q).build().select().forEachRemaining(row -> {
            Node key = row.get(var);
            if (key != null && key.isURI())
                out.put(key.getURI(), number(row.get("n")));
        });
        return out;
    }

    private static long number(Node n) { return Long.parseLong(n.getLiteralLexicalForm()); }

    private static void count(Model m, Resource r, String property, long n) {
        r.addLiteral(p(m, VOID, property), m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }

    private static Property p(Model m, String ns, String local) { return m.createProperty(ns + local); }
}
