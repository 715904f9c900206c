package org.alukg.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.alukg.trace.SupplyNetwork.Edge;
import org.alukg.trace.SupplyNetwork.Kind;
import org.alukg.trace.TraceResult.FoundPath;
import org.alukg.trace.TraceResult.Hop;
import org.apache.jena.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * Every simple path from one node to another of at most a number of supply links, shortest first (then fewest hops,
 * then by their nodes' IRIs). Operator links cost no supply link and are never taken twice in a row. The search runs
 * in the region of nodes both reachable from the start and reaching the end within the length, found by a walk
 * from each end; each hop is all the edges of one kind from one node to the next.
 *
 * @param paths the paths found, shortest first
 * @param onPaths the nodes on them (with the tier of the walk from the start and the nodes they were reached from
 *                among them) and their edges
 */
record PathSearch(List<FoundPath> paths, Found onPaths) {
    /** A hop between two nodes: all the edges of one kind from one to the other. */
    private record Link(int from, int to, Kind kind, List<Edge> edges) {}

    /** No path: the ends are the same, unknown to the network, or not linked within the length. */
    static PathSearch none() { return new PathSearch(List.of(), new Found()); }

    /** The search from {@code a} to {@code b}; more paths than {@code checks} allows is a 400 naming the cap. */
    static PathSearch between(SupplyNetwork g, int a, int b, int maxLength, Predicate<Edge> ok, RequestChecks checks) {
        if (a == b)
            return none();
        TierWalk fromA = TierWalk.of(g, Set.of(a), true, maxLength, ok, Integer.MAX_VALUE);
        TierWalk toB = TierWalk.of(g, Set.of(b), false, maxLength, ok, Integer.MAX_VALUE);
        Map<Integer, Integer> fromATier = fromA.tierMap(), toBTier = toB.tierMap();
        Graph<Integer, Link> region = new DefaultDirectedGraph<>(Link.class);
        for (Map.Entry<Integer, Integer> e : fromATier.entrySet()) {
            Integer back = toBTier.get(e.getKey());
            if (back != null && e.getValue() + back <= maxLength)
                region.addVertex(e.getKey());
        }
        if (!region.containsVertex(a) || !region.containsVertex(b))
            return none();
        Map<List<Object>, List<Edge>> grouped = new LinkedHashMap<>();
        for (int v : region.vertexSet())
            for (Edge e : g.out(v))
                if (region.containsVertex(e.to()) && (e.kind() == Kind.operates || ok.test(e)))
                    grouped.computeIfAbsent(List.of(e.from(), e.to(), e.kind()), k -> new ArrayList<>()).add(e);
        grouped.forEach((k, es) -> region.addEdge((Integer) k.get(0), (Integer) k.get(1),
                                                  new Link((Integer) k.get(0), (Integer) k.get(1), (Kind) k.get(2), es)));

        AllDirectedPaths<Integer, Link> all = new AllDirectedPaths<>(region, (partial, link) -> {
            List<Link> sofar = partial.getEdgeList();
            if (link.kind() == Kind.operates)
                return sofar.isEmpty() || sofar.get(sofar.size() - 1).kind() != Kind.operates;
            return supplyLength(sofar) + 1 <= maxLength;
        });
        List<GraphPath<Integer, Link>> found = new ArrayList<>(all.getAllPaths(a, b, true, 2 * maxLength + 1));
        if (found.size() > checks.limits().maxPaths())
            throw checks.overPaths(found.size());
        found.sort(Comparator.<GraphPath<Integer, Link>>comparingInt(p -> supplyLength(p.getEdgeList()))
                             .thenComparingInt(GraphPath::getLength)
                             .thenComparing(p -> p.getVertexList().stream().map(g::iri).toList().toString()));

        Map<Integer, Integer> tier = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        List<FoundPath> paths = new ArrayList<>();
        for (GraphPath<Integer, Link> p : found) {
            List<Hop> hops = new ArrayList<>();
            for (Link l : p.getEdgeList()) {
                l.edges().forEach(e -> edges.add(g.canonical(e)));
                Set<String> products = new TreeSet<>();
                l.edges().forEach(e -> e.products().forEach(x -> products.add(x.getURI())));
                hops.add(new Hop(l.kind().name(), l.edges().stream().map(Edge::relationship)
                                                    .filter(x -> x != null).map(Node::getURI).toList(),
                                 List.copyOf(products)));
            }
            paths.add(new FoundPath(supplyLength(p.getEdgeList()), p.getVertexList().stream().map(g::iri).toList(),
                                    hops));
            for (int v : p.getVertexList())
                tier.merge(v, fromATier.get(v), Math::min);
        }
        Map<Integer, Integer> at = new HashMap<>();
        for (int k = 0; k < fromA.nodes().length; k++)
            at.put(fromA.nodes()[k], k);
        Found onPaths = new Found();
        for (Map.Entry<Integer, Integer> e : tier.entrySet())
            onPaths.add(e.getKey(), e.getValue(),
                        Arrays.stream(fromA.via(at.get(e.getKey()))).filter(tier::containsKey).toArray());
        edges.forEach(e -> onPaths.edges.add(e.id()));
        return new PathSearch(List.copyOf(paths), onPaths);
    }

    private static int supplyLength(List<Link> links) {
        int n = 0;
        for (Link l : links)
            if (l.kind().tiered())
                n++;
        return n;
    }
}
