package org.alukg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.alukg.config.TraceLimits;
import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportOptions;
import org.alukg.ingest.ImportSource;
import org.alukg.ingest.Imports;
import org.alukg.replication.CapturingDataset;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a write through the server's store, the trace service's network follows by a patch of the one it had
 * (SupplyNetworkPatch) — and every trace then answers as on a network read afresh from the store: the same nodes with
 * their tiers, labels, types and predecessors, the same edges with their details, cycles and weak points.
 */
class SnapshotFollowsWritesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final TraceLimits LIMITS = new TraceLimits(6, 100_000, 6, 1000);

    @Test
    void randomWritesToTheSyntheticNetworkArePatchedAndTraceAsANetworkReadAfresh() {
        SyntheticCluster cluster = new SyntheticCluster(1500, 7);
        try (Store s = GeneratedGraphTraceTest.synthetic(cluster)) {
            s.wrap(CapturingDataset::countingOnly); // as a server does
            TraceService live = new TraceService(s, LIMITS, Alu.BASE);
            SplittableRandom rnd = new SplittableRandom(11);
            live.trace(trace(SyntheticCluster.firm(0), Direction.downstream));
            long before = SupplySnapshots.PATCHED.get();
            for (int round = 0; round < 40; round++) {
                List<Node> involved = change(s, rnd, cluster.firms(), round);
                for (int k = 0; k < 3; k++)
                    involved.add(SyntheticCluster.firm(rnd.nextInt(cluster.firms())));
                assertSameTraces(s, live, involved, "after change " + round);
            }
            assertTrue(SupplySnapshots.PATCHED.get() - before >= 40, "every change was followed by a patch");
        }
    }

    @Test
    void anImportItsReplacementAndItsDeletionOnTheCuratedDataArePatchedToo() throws Exception {
        Store s = curated.copy();
        s.wrap(CapturingDataset::countingOnly);
        TraceService live = new TraceService(s, LIMITS, Alu.BASE);
        List<Node> starts = List.of(NodeFactory.createURI(Alu.id("site", "becancour")),
                                    NodeFactory.createURI(Alu.id("site", "alma")),
                                    NodeFactory.createURI(Alu.id("org", "alcoa")));
        assertSameTraces(s, live, starts, "before");
        Imports imports = new Imports(s, ImportFormats.standard());
        long before = SupplySnapshots.PATCHED.get();
        imports.run(ImportSource.file(Path.of("docs/import/example-inventory.csv")), ImportOptions.defaults("tester").withName("example"));
        assertSameTraces(s, live, starts, "after an import");
        imports.run(ImportSource.file(Path.of("docs/import/example-inventory.json")), ImportOptions.defaults("tester").withName("example-json"));
        assertSameTraces(s, live, starts, "after a second import");
        imports.delete("example");
        assertSameTraces(s, live, starts, "after a deletion");

        // A facility that joins with a supply link brings its operator link; taking the operator back takes it away.
        Node g = NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + "test-operator");
        Node plant = NodeFactory.createURI(Alu.id("site", "test-plant")), alcoa = NodeFactory.createURI(Alu.id("org", "alcoa"));
        Node rel = NodeFactory.createURI(Alu.id("supply", "test-plant-becancour"));
        s.write(() -> {
            s.dataset().add(g, plant, Alu.operator.asNode(), alcoa);
            s.dataset().add(g, rel, Alu.supplier.asNode(), plant);
            s.dataset().add(g, rel, Alu.customer.asNode(), NodeFactory.createURI(Alu.id("site", "becancour")));
        });
        List<Node> withPlant = List.of(plant, alcoa, NodeFactory.createURI(Alu.id("site", "becancour")));
        assertSameTraces(s, live, withPlant, "after a facility with an operator joined");
        assertTrue(live.trace(trace(alcoa, Direction.downstream)).edges().stream()
                       .anyMatch(e -> e.kind().equals("operates") && e.to().equals(plant.getURI())),
                   "the operator link of the new facility is traced");
        s.write(() -> s.dataset().delete(g, plant, Alu.operator.asNode(), alcoa));
        assertSameTraces(s, live, withPlant, "after the operator was taken back");
        assertTrue(SupplySnapshots.PATCHED.get() - before >= 5, "each write was followed by a patch");
    }

    /** One random write through the store's wrapper; gives the nodes it is about. */
    private static List<Node> change(Store s, SplittableRandom rnd, int firms, int round) {
        Node a = SyntheticCluster.firm(rnd.nextInt(firms)), b = SyntheticCluster.firm(rnd.nextInt(firms));
        Node g = SyntheticCluster.GRAPH;
        List<Node> involved = new ArrayList<>(List.of(a, b));
        DatasetGraph d = s.dataset();
        switch (round % 7) {
            case 0 -> s.write(() -> { // a new relationship, with its bare link
                Node rel = NodeFactory.createURI("https://w3id.org/alukg/synthetic/test-rel-" + round);
                d.add(g, rel, Alu.supplier.asNode(), a);
                d.add(g, rel, Alu.customer.asNode(), b);
                d.add(g, rel, Alu.product.asNode(), NodeFactory.createURI("https://w3id.org/alukg/synthetic/product/layer-2"));
                d.add(g, a, Alu.suppliesTo.asNode(), b);
            });
            case 1 -> s.write(() -> { // a relationship removed, its bare link kept
                Quad q = first(d, Node.ANY, Alu.supplier.asNode(), a);
                if (q != null)
                    d.deleteAny(Node.ANY, q.getSubject(), Node.ANY, Node.ANY);
            });
            case 2 -> s.write(() -> d.add(g, a, Alu.suppliesTo.asNode(), b)); // a bare link
            case 3 -> s.write(() -> { // a firm's links to its customers taken away
                Quad q = first(d, a, Alu.suppliesTo.asNode(), Node.ANY);
                if (q != null) {
                    involved.add(q.getObject());
                    d.deleteAny(Node.ANY, a, Alu.suppliesTo.asNode(), q.getObject());
                }
            });
            case 4 -> s.write(() -> { // a new label
                d.deleteAny(Node.ANY, a, RDFS.label.asNode(), Node.ANY);
                d.add(g, a, RDFS.label.asNode(), NodeFactory.createLiteralLang("Renamed firm " + round, "en"));
                d.add(g, a, RDFS.label.asNode(), NodeFactory.createLiteralLang("Firme renommée " + round, "fr"));
            });
            case 5 -> s.write(() -> { // a new firm, typed, supplying an existing one
                Node fresh = NodeFactory.createURI("https://w3id.org/alukg/synthetic/test-firm-" + round);
                involved.add(fresh);
                d.add(g, fresh, org.apache.jena.vocabulary.RDF.type.asNode(), Alu.Organization.asNode());
                d.add(g, fresh, RDFS.label.asNode(), NodeFactory.createLiteralLang("Test firm " + round, "en"));
                Node rel = NodeFactory.createURI("https://w3id.org/alukg/synthetic/test-rel-" + round);
                d.add(g, rel, Alu.supplier.asNode(), fresh);
                d.add(g, rel, Alu.customer.asNode(), a);
            });
            default -> s.write(() -> { // a relationship given another customer
                Quad q = first(d, Node.ANY, Alu.supplier.asNode(), a);
                if (q != null) {
                    Quad c = first(d, q.getSubject(), Alu.customer.asNode(), Node.ANY);
                    if (c != null)
                        involved.add(c.getObject());
                    d.deleteAny(Node.ANY, q.getSubject(), Alu.customer.asNode(), Node.ANY);
                    d.add(g, q.getSubject(), Alu.customer.asNode(), b);
                }
            });
        }
        return involved;
    }

    private static Quad first(DatasetGraph d, Node s, Node p, Node o) {
        var it = d.find(Node.ANY, s, p, o);
        try {
            return it.hasNext() ? it.next() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static TraceRequest trace(Node from, Direction d) {
        return new TraceRequest(List.of(from.getURI()), d, 4, null, null, "en", true, Set.of(), true);
    }

    /** Traces from each start, both ways, on the live service and on one that reads the network afresh: the same. */
    private static void assertSameTraces(Store s, TraceService live, List<Node> starts, String after) {
        TraceService fresh = new TraceService(s, LIMITS, Alu.BASE);
        for (Node start : new java.util.LinkedHashSet<>(starts))
            for (Direction d : Direction.values()) {
                TraceResult expected = fresh.trace(trace(start, d)), got = live.trace(trace(start, d));
                String what = after + ", " + d + " from " + start.getURI();
                assertEquals(Set.copyOf(expected.nodes()), Set.copyOf(got.nodes()), "nodes " + what);
                assertEquals(new HashSet<>(expected.edges()), new HashSet<>(got.edges()), "edges " + what);
                assertEquals(expected.edges().size(), got.edges().size(), "edge count " + what);
                assertEquals(cycles(expected), cycles(got), "cycles " + what);
                assertEquals(Set.copyOf(expected.weakPoints().singleSupplier()), Set.copyOf(got.weakPoints().singleSupplier()),
                             "single suppliers " + what);
                assertEquals(Set.copyOf(expected.weakPoints().articulationPoints()),
                             Set.copyOf(got.weakPoints().articulationPoints()), "articulation points " + what);
            }
    }

    private static Set<Set<String>> cycles(TraceResult r) {
        Set<Set<String>> out = new HashSet<>();
        r.cycles().forEach(c -> out.add(new TreeSet<>(c)));
        return out;
    }
}
