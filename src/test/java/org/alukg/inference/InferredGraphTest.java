package org.alukg.inference;

import static org.alukg.inference.InferenceTesting.PREFIXES;
import static org.alukg.inference.InferenceTesting.assertUpToDate;
import static org.alukg.inference.InferenceTesting.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.alukg.ingest.CuratedLoader;
import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportOptions;
import org.alukg.ingest.ImportSource;
import org.alukg.ingest.Imports;
import org.alukg.ops.Backups;
import org.alukg.ops.Compaction;
import org.alukg.ops.Restore;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inferred graph on a store: what it answers, that it follows every write made through the store (import, replace,
 * delete, restore, curated reload, compaction; SPARQL Update and the Graph Store Protocol are in {@code
 * InferenceOverHttpTest}), and that keeping it leaves TDB2's query engine and the union default graph in place.
 */
class InferredGraphTest {
    @RegisterExtension static final Curated curated = Curated.project();
    @TempDir Path dir;

    @Test
    void everyOrganisationIsAnOrganizationAndEveryClassHasTheInstancesOfItsSubclasses() {
        Store store = curated.copy();
        Graph asserted = InferenceTesting.asserted(store);
        Set<String> organisations = column(store, "SELECT ?x WHERE { ?x a alu:Organization }");
        Set<String> typedSo = columnOf(asserted, "SELECT ?x WHERE { ?x a alu:Organization }");
        assertEquals(columnOf(asserted, "SELECT ?x WHERE { ?x a/rdfs:subClassOf* alu:Organization }"), organisations,
                     "every organisation of the curated data, typed directly or by a subclass");
        assertTrue(organisations.size() > 2 * typedSo.size(), organisations.size() + " organisations, " + typedSo.size() + " typed so");
        assertTrue(organisations.contains(Alu.id("org", "rio-tinto")) && organisations.contains(Alu.id("org", "aluquebec")));

        Set<String> classes = column(store, "PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                                            + "SELECT ?c WHERE { GRAPH <" + Alu.GRAPH_ONTOLOGY.getURI() + "> { ?c a owl:Class } FILTER isIRI(?c) }");
        assertTrue(classes.size() > 40, "the classes of the ontology: " + classes);
        for (String c : classes) {
            Set<String> seen = column(store, "SELECT ?x WHERE { ?x a <" + c + "> }");
            Set<String> entailed = columnOf(asserted, "SELECT ?x WHERE { ?x a/rdfs:subClassOf* <" + c + "> }");
            assertEquals(entailed, seen, "instances of " + c);
        }
    }

    @Test
    void aClientThatKnowsOnlyStandardVocabulariesReadsWhatOurPropertiesSay() {
        Store store = curated.copy();
        assertEquals(Set.of(Alu.id("org", "aluminerie-alouette")),
                     column(store, "SELECT ?o WHERE { <" + Alu.id("site", "alouette") + "> org:siteOf ?o }"),
                     "W3C ORG: who runs the Alouette smelter");
        Set<String> aligned = column(store, "SELECT ?p WHERE { GRAPH <" + Alu.GRAPH_ONTOLOGY.getURI() + "> { ?p rdfs:subPropertyOf ?q } "
                                            + "FILTER(!STRSTARTS(STR(?q), 'https://w3id.org/alukg/')) }");
        assertTrue(aligned.size() >= 6, "properties said to mean a standard one: " + aligned);
        for (String p : aligned) {
            Set<String> ours = column(store, "SELECT (CONCAT(STR(?s), ' ', STR(?o)) AS ?so) WHERE { ?s <" + p + "> ?o }");
            Set<String> standard = column(store, "SELECT (CONCAT(STR(?s), ' ', STR(?o)) AS ?so) WHERE { <" + p + "> rdfs:subPropertyOf ?q "
                                                 + "FILTER(!STRSTARTS(STR(?q), 'https://w3id.org/alukg/')) ?s ?q ?o }");
            assertFalse(ours.isEmpty(), "the data uses " + p);
            assertTrue(standard.containsAll(ours), "every " + p + " statement is read by its standard property too");
        }
    }

    @Test
    void theClosureTypesNothingOutsideTheSuperclassesOfWhatWasAsserted() {
        Store store = curated.copy();
        Graph asserted = InferenceTesting.asserted(store);
        Set<String> outside = columnOf(merged(asserted, store),
            "SELECT DISTINCT ?c WHERE { GRAPH <" + Alu.GRAPH_INFERRED.getURI() + "> { ?x a ?c } "
            + "FILTER NOT EXISTS { GRAPH <urn:asserted> { ?x a ?mine . ?mine rdfs:subClassOf+ ?c } } }");
        assertEquals(Set.of(), outside, "inferred types not above an asserted type of the same node");
    }

    @Test
    void importsReplacementsAndDeletionsKeepTheClosure() throws Exception {
        Store store = curated.copy();
        assertUpToDate(store, "the curated load");
        Imports imports = new Imports(store, ImportFormats.standard());
        imports.run(ImportSource.file(Path.of("docs/import/example-inventory.csv")), ImportOptions.defaults("tester").withName("example"));
        assertTrue(isOrgOrganization(store, "Example Extrusions Saguenay"), "an imported processor is a W3C ORG organisation");
        assertTrue(isOrgOrganization(store, "Example Recycling Bécancour"), "and so is an imported recycler");
        assertUpToDate(store, "an import");

        Path fewer = dir.resolve("example-inventory.csv");
        Files.write(fewer, Files.readAllLines(Path.of("docs/import/example-inventory.csv")).subList(0, 4));
        imports.run(ImportSource.file(fewer), ImportOptions.defaults("tester").withName("example").withReplace(true));
        assertTrue(isOrgOrganization(store, "Example Extrusions Saguenay"));
        assertFalse(isOrgOrganization(store, "Example Recycling Bécancour"), "a firm the replacement dropped is no longer inferred");
        assertUpToDate(store, "a replacement");

        imports.delete("example");
        assertFalse(isOrgOrganization(store, "Example Extrusions Saguenay"), "a deleted import leaves nothing inferred behind");
        assertUpToDate(store, "a deletion");
    }

    @Test
    void throughTheServersWrapperACommitRecomputesTheClosureOfItsSubjectsOnlyAndGetsTheSameGraph() throws Exception {
        Store store = curated.copy();
        store.wrap(org.alukg.replication.CapturingDataset::countingOnly); // as a server does
        Imports imports = new Imports(store, ImportFormats.standard());
        long before = InferredGraph.INCREMENTAL.get();
        imports.run(ImportSource.file(Path.of("docs/import/example-inventory.csv")), ImportOptions.defaults("tester").withName("example"));
        assertTrue(isOrgOrganization(store, "Example Recycling Bécancour"));
        assertUpToDate(store, "an import through the wrapper");
        Path fewer = dir.resolve("example-inventory.csv");
        Files.write(fewer, Files.readAllLines(Path.of("docs/import/example-inventory.csv")).subList(0, 4));
        imports.run(ImportSource.file(fewer), ImportOptions.defaults("tester").withName("example").withReplace(true));
        assertFalse(isOrgOrganization(store, "Example Recycling Bécancour"), "a firm the replacement dropped is no longer inferred");
        assertUpToDate(store, "a replacement through the wrapper");
        Node extruder = NodeFactory.createURI("https://example.org/x");
        store.write(() -> store.dataset().add(NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + "t"),
                                              extruder, RDF.type.asNode(), Alu.Organization.asNode()));
        assertTrue(has(store, extruder, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization")));
        store.write(() -> store.dataset().deleteAny(Node.ANY, extruder, Node.ANY, Node.ANY));
        assertFalse(has(store, extruder, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/org#Organization")),
                    "a type taken back takes its superclasses with it");
        assertUpToDate(store, "a type added and taken back");
        assertTrue(InferredGraph.INCREMENTAL.get() - before >= 4, "these commits followed their subjects only");

        // A change to a hierarchy changes what every node entails: the whole closure is computed again.
        Node sub = NodeFactory.createURI("https://example.org/SubOfOrganization");
        store.write(() -> {
            store.dataset().add(NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + "t"), sub,
                                org.apache.jena.vocabulary.RDFS.subClassOf.asNode(), Alu.Organization.asNode());
            store.dataset().add(NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + "t"), extruder, RDF.type.asNode(), sub);
        });
        assertTrue(has(store, extruder, RDF.type.asNode(), Alu.Organization.asNode()));
        assertUpToDate(store, "a new subclass");
    }

    /** Whether the thing labelled {@code labelEn} is an {@code org:Organization}, which no import asserts. */
    static boolean isOrgOrganization(Store store, String labelEn) {
        return !column(store, "SELECT ?x WHERE { ?x rdfs:label \"" + labelEn + "\"@en ; a org:Organization }").isEmpty();
    }

    @Test
    void aRestoreAndACompactionKeepTheClosure() throws Exception {
        Store store = curated.copy();
        Imports imports = new Imports(store, ImportFormats.standard());
        imports.run(ImportSource.file(Path.of("docs/import/example-inventory.csv")), ImportOptions.defaults("tester").withName("example"));
        Path backup = Path.of(new Backups(dir.resolve("backups")).take(store).file());
        imports.delete("example");
        assertFalse(isOrgOrganization(store, "Example Extrusions Saguenay"));

        Restore.into(store, backup, true);
        assertTrue(isOrgOrganization(store, "Example Extrusions Saguenay"), "the restored firm is inferred again");
        assertUpToDate(store, "a restore");

        if (store.files() != null) {
            Compaction.compact(store);
            imports.delete("example");
            assertFalse(isOrgOrganization(store, "Example Extrusions Saguenay"), "writes after a compaction keep the closure");
            assertUpToDate(store, "a write after a compaction");
        }
    }

    @Test
    void aCuratedReloadRecomputesTheClosure() {
        Store store = curated.copy();
        store.write(() -> store.dataset().removeGraph(Alu.GRAPH_CURATED));
        assertFalse(has(store, NodeFactory.createURI(Alu.id("org", "rio-tinto")), RDF.type.asNode(), Alu.Organization.asNode()));
        new CuratedLoader(curated.locations()).loadIfStale(store, true);
        assertTrue(has(store, NodeFactory.createURI(Alu.id("org", "rio-tinto")), RDF.type.asNode(), Alu.Organization.asNode()));
        assertUpToDate(store, "a curated reload");
    }

    @Test
    void theStoreKeepsTdb2sQueryEngineAndTheUnionDefaultGraph() {
        Store store = curated.copy();
        Query q = QueryFactory.create("SELECT * { ?s ?p ?o }");
        QueryEngineFactory f = QueryEngineRegistry.get().find(q, store.dataset(), Context.emptyContext());
        assertTrue(f.getClass().getName().startsWith(QueryEngineTDB.class.getName()), "TDB2 answers the store's queries: " + f.getClass().getName());
        long union = store.read(() -> count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        long distinct = store.read(() -> store.dataset().stream().filter(x -> !x.isDefaultGraph()).map(x -> x.asTriple()).distinct().count());
        assertEquals(distinct, union, "the default graph is the union of the named graphs, inferred one included");
    }

    private static long count(Store store, String query) {
        try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    static Set<String> column(Store store, String query) {
        return store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(PREFIXES + query).build()) {
                Set<String> out = new TreeSet<>();
                qe.select().forEachRemaining(b -> out.add(b.get(b.vars().next()).toString()));
                return out;
            }
        });
    }

    static Set<String> columnOf(Graph g, String query) {
        try (QueryExec qe = QueryExec.graph(g).query(PREFIXES + query).build()) {
            Set<String> out = new TreeSet<>();
            qe.select().forEachRemaining(b -> out.add(b.get(b.vars().next()).toString()));
            return out;
        }
    }

    static Set<String> columnOf(org.apache.jena.sparql.core.DatasetGraph dsg, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(PREFIXES + query).build()) {
            Set<String> out = new TreeSet<>();
            qe.select().forEachRemaining(b -> out.add(b.get(b.vars().next()).toString()));
            return out;
        }
    }

    private static org.apache.jena.sparql.core.DatasetGraph merged(Graph asserted, Store store) {
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI("urn:asserted"), asserted);
        store.read(() -> { dsg.addGraph(Alu.GRAPH_INFERRED, org.apache.jena.sparql.graph.GraphFactory.createGraphMem());
                            store.dataset().getGraph(Alu.GRAPH_INFERRED).find().forEachRemaining(dsg.getGraph(Alu.GRAPH_INFERRED)::add);
                            return null; });
        return dsg;
    }
}
