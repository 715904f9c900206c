package org.alukg.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.alukg.trace.SupplyNetwork.Edge;
import org.alukg.trace.SupplyNetwork.Kind;
import org.alukg.trace.TraceResult.Between;
import org.alukg.trace.TraceResult.SingleSupplier;
import org.alukg.trace.TraceResult.WeakPoints;
import org.apache.jena.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The weak points of a traced network: firms with one supplier of a product (over all their suppliers of it that pass
 * the trace's filter, not only those in the trace), the nodes whose removal cuts the trace apart (operator links
 * count), and the {@value #MAX_BETWEEN} nodes most often between two others over supply links (for traces of up to
 * {@value #BETWEENNESS_UP_TO} nodes unless asked).
 */
final class WeakPointAnalysis {
    static final int MAX_BETWEEN = 10;
    /**
     * Up to this many nodes, a trace's betweenness is computed unless the request says not to; over it only when the
     * request asks. Betweenness (Brandes, in JGraphT) costs nodes × links: 0.35 s for a trace of 1,309 nodes, 30 times
     * the trace itself, while single suppliers and articulation points take time in proportion to the trace.
     */
    static final int BETWEENNESS_UP_TO = TraceRequest.BETWEENNESS_UP_TO;

    private WeakPointAnalysis() {}

    /** {@code betweenness}: true to compute it, false not to, null to compute it up to {@link #BETWEENNESS_UP_TO} nodes. */
    static WeakPoints of(SupplyNetwork g, Set<Integer> nodes, Set<Edge> edges, Predicate<Edge> ok, Boolean betweenness) {
        List<SingleSupplier> single = new ArrayList<>();
        for (int n : nodes) {
            Map<Node, Set<Integer>> suppliers = new TreeMap<>(Comparator.comparing(Node::getURI));
            for (Edge e : g.in(n))
                if (e.kind().tiered() && ok.test(e))
                    for (Node p : e.products())
                        suppliers.computeIfAbsent(p, k -> new TreeSet<>()).add(e.from());
            suppliers.forEach((p, s) -> {
                if (s.size() == 1)
                    single.add(new SingleSupplier(g.iri(n), p.getURI(), g.iri(s.iterator().next())));
            });
        }
        single.sort(Comparator.comparing(SingleSupplier::firm).thenComparing(SingleSupplier::product));

        List<int[]> links = new ArrayList<>(edges.size());
        for (Edge e : edges)
            links.add(new int[] {e.from(), e.to()});
        List<String> cuts = CutVertices.of(nodes, links).stream().map(g::iri).sorted().toList();

        if (Boolean.FALSE.equals(betweenness))
            return new WeakPoints(single, cuts, null, "not asked for (betweenness=false)");
        if (betweenness == null && nodes.size() > BETWEENNESS_UP_TO)
            return new WeakPoints(single, cuts, null, "the trace has " + nodes.size() + " nodes, over "
                                                      + BETWEENNESS_UP_TO + ": ask for it with betweenness=true");
        Graph<Integer, DefaultEdge> supply = supplyGraph(nodes, edges);
        List<Between> between = new BetweennessCentrality<>(supply).getScores().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(e -> g.iri(e.getKey())))
            .limit(MAX_BETWEEN)
            .map(e -> new Between(g.iri(e.getKey()), e.getValue()))
            .toList();
        return new WeakPoints(single, cuts, between, null);
    }

    /** The traced nodes linked by their supply edges. */
    private static Graph<Integer, DefaultEdge> supplyGraph(Set<Integer> nodes, Set<Edge> edges) {
        Graph<Integer, DefaultEdge> d = new DefaultDirectedGraph<>(DefaultEdge.class);
        nodes.forEach(d::addVertex);
        for (Edge e : edges)
            if (e.kind().tiered() && e.from() != e.to() && d.containsVertex(e.from()) && d.containsVertex(e.to()))
                d.addEdge(e.from(), e.to());
        return d;
    }
}
