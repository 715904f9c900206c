package org.alukg.trace;

import org.alukg.config.TraceLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Traces over generated networks whose answers are known: a ladder, and the synthetic cluster against SPARQL. */
@Order(2)
class GeneratedGraphTraceTest {
    static final int WIDTH = 4;

    static Node rung(int layer, int i) { return SyntheticCluster.firm(layer * WIDTH + i); }

    /** Six layers of four firms; firm i of a layer supplies firms i and i+1 (mod 4) of the next; one link back. */
    static Store ladder() {
        Store s = Store.inMemory();
        s.write(() -> {
            for (int l = 0; l < 5; l++)
                for (int i = 0; i < WIDTH; i++)
                    for (int j : new int[] {i, (i + 1) % WIDTH})
                        s.dataset().add(Quad.create(SyntheticCluster.GRAPH, rung(l, i), Alu.suppliesTo.asNode(),
                                                    rung(l + 1, j)));
            s.dataset().add(Quad.create(SyntheticCluster.GRAPH, rung(3, 2), Alu.suppliesTo.asNode(), rung(1, 0)));
        });
        return s;
    }

    @Test
    void ladderTiersWidenByOneUntilTheyCoverALayer() {
        try (Store s = ladder()) {
            TraceService t = new TraceService(s, TraceLimits.defaults(), Alu.BASE);
            TraceResult r = t.trace(new TraceRequest(List.of(rung(0, 0).getURI()), Direction.downstream, 5, null,
                                                     null, "en", true));
            for (int l = 0; l <= 5; l++) {
                Set<String> expected = new HashSet<>();
                for (int k = 0; k <= Math.min(l, WIDTH - 1); k++)
                    expected.add(rung(l, k % WIDTH).getURI());
                assertEquals(expected, Set.copyOf(r.tiers().get(l)), "tier " + l);
            }
            // the link back from (3,2) to (1,0) closes one cycle, through (2,1), listed once
            assertEquals(1, r.cycles().size(), r.cycles().toString());
            assertEquals(Set.of(rung(1, 0).getURI(), rung(2, 1).getURI(), rung(3, 2).getURI()),
                         Set.copyOf(r.cycles().get(0)));
        }
    }

    @Test
    void ladderPathCountsAreBinomialAndShortestFirst() {
        try (Store s = ladder()) {
            TraceService t = new TraceService(s, TraceLimits.defaults(), Alu.BASE);
            // from (0,0) to (3,1): choose which one of three steps moves sideways
            TraceResult r = t.paths(new PathRequest(rung(0, 0).getURI(), rung(3, 1).getURI(), 3, null, null, "en"));
            assertEquals(3, r.paths().size(), r.paths().toString());
            assertTrue(r.paths().stream().allMatch(p -> p.length() == 3 && p.nodes().size() == 4));
            // with length 6 allowed, three simple paths go round the back link (3,2) -> (1,0), after the short ones:
            // (0,0) (1,1) (2,1) (3,2) (1,0) (2,0) (3,1), and (0,0) (1,1) (2,2) (3,2) (1,0) (2,0|1) (3,1)
            TraceResult longer = t.paths(new PathRequest(rung(0, 0).getURI(), rung(3, 1).getURI(), 6, null, null, "en"));
            List<Integer> lengths = longer.paths().stream().map(TraceResult.FoundPath::length).toList();
            assertEquals(List.of(3, 3, 3, 6, 6, 6), lengths);
            assertTrue(longer.paths().stream().allMatch(p -> Set.copyOf(p.nodes()).size() == p.nodes().size()),
                       "every path is simple");
        }
    }

    @Test
    void syntheticTracesReachExactlyWhatThePropertyPathReaches() {
        SyntheticCluster c = new SyntheticCluster(2000, 7);
        try (Store s = synthetic(c)) {
            TraceService t = new TraceService(s, new TraceLimits(6, 100_000, 6, 1000), Alu.BASE);
            SplittableRandom rnd = new SplittableRandom(3);
            for (int depth = 1; depth <= 4; depth++)
                for (Direction d : new Direction[] {Direction.downstream, Direction.upstream})
                    for (int k = 0; k < 5; k++) {
                        Node start = SyntheticCluster.firm(rnd.nextInt(c.firms()));
                        TraceResult r = t.trace(new TraceRequest(List.of(start.getURI()), d, depth, null, null, "en",
                                                                 false));
                        Set<String> traced = new HashSet<>();
                        r.nodes().forEach(n -> traced.add(n.id()));
                        traced.remove(start.getURI());
                        int dep = depth;
                        Set<String> ends = Txn.calculateRead(s.dataset(), () -> propertyPathEnds(s, start, d, dep));
                        ends.remove(start.getURI());
                        assertEquals(ends, traced, d + " depth " + depth + " from " + start);
                        r.nodes().forEach(n -> assertTrue(Math.abs(n.tier()) <= 4));
                    }
        }
    }

    @Test
    void aLargeTraceLeavesBetweennessOutUnlessAskedAndASmallOneHasIt() {
        try (Store s = synthetic(new SyntheticCluster(2000, 7))) {
            TraceService t = new TraceService(s, new TraceLimits(6, 100_000, 6, 1000), Alu.BASE);
            List<String> from = List.of(SyntheticCluster.firm(0).getURI(), SyntheticCluster.firm(1).getURI());
            TraceResult large = t.trace(new TraceRequest(from, Direction.downstream, 6, null, null, "en", true));
            assertTrue(large.nodes().size() > TraceRequest.BETWEENNESS_UP_TO, "a large trace: " + large.nodes().size());
            TraceResult.WeakPoints w = large.weakPoints();
            assertEquals(null, w.betweenness(), "left out over " + TraceRequest.BETWEENNESS_UP_TO + " nodes");
            assertEquals("the trace has " + large.nodes().size() + " nodes, over " + TraceRequest.BETWEENNESS_UP_TO
                         + ": ask for it with betweenness=true", w.betweennessLeftOut());
            assertTrue(w.articulationPoints() != null && w.singleSupplier() != null, "the linear weak points are there");

            TraceResult asked = t.trace(new TraceRequest(from, Direction.downstream, 6, null, null, "en", true,
                                                         java.util.Set.of(), true));
            assertEquals(WeakPointAnalysis.MAX_BETWEEN, asked.weakPoints().betweenness().size(), "computed when asked");
            assertEquals(null, asked.weakPoints().betweennessLeftOut());
            assertEquals(w.articulationPoints(), asked.weakPoints().articulationPoints());

            TraceResult small = t.trace(new TraceRequest(from, Direction.downstream, 1, null, null, "en", true));
            assertTrue(small.nodes().size() <= TraceRequest.BETWEENNESS_UP_TO);
            assertTrue(small.weakPoints().betweenness() != null, "a small trace has its betweenness by default");
            TraceResult refused = t.trace(new TraceRequest(from, Direction.downstream, 1, null, null, "en", true,
                                                           java.util.Set.of(), false));
            assertEquals(null, refused.weakPoints().betweenness(), "betweenness=false leaves it out");
        }
    }

    /** A store in memory holding the synthetic cluster {@code c}. */
    static Store synthetic(SyntheticCluster c) {
        Store s = Store.inMemory();
        Txn.executeWrite(s.dataset(), () -> c.writeTo(StreamRDFLib.dataset(s.dataset())));
        return s;
    }

    /** The end nodes of the standard SPARQL property path of 1 to depth steps, with the start bound as a term. */
    static Set<String> propertyPathEnds(Store s, Node start, Direction d, int depth) {
        Set<String> ends = new HashSet<>();
        try (QueryExec qe = QueryExec.dataset(s.dataset()).query(TraceBenchmark.propertyPathQuery(d, depth))
                                     .substitution("start", start).build()) {
            qe.select().forEachRemaining(b -> ends.add(b.get("end").getURI()));
        }
        return ends;
    }

}
