package org.alukg.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.alukg.trace.SupplyGraph.Edge;
import org.alukg.trace.SupplyGraph.Kind;
import org.alukg.trace.TraceResult.Between;
import org.alukg.trace.TraceResult.FoundPath;
import org.alukg.trace.TraceResult.Hop;
import org.alukg.trace.TraceResult.SingleSupplier;
import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.trace.TraceResult.TracedNode;
import org.alukg.trace.TraceResult.WeakPoints;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Supply-chain tracing over {@code alu:SupplyRelationship} nodes and {@code alu:suppliesTo} edges of the store's
 * union graph. A tier is a number of supply links; an operator and its facility are linked by {@code operates}
 * edges that cost no tier, so a trace from either finds the other's links (never two such steps in a row, so a
 * trace does not jump from one facility of an operator to its others). Each node is expanded once: a link back to
 * a node already found is reported, and the cycle it closes is listed once.
 */
public final class TraceService {
    private static final Pattern SHORT = Pattern.compile("[a-z][a-z0-9-]*/[A-Za-z0-9._~%-]+(/[A-Za-z0-9._~%-]+)*");
    private static final int MAX_CYCLES = 100, MAX_BETWEEN = 10;

    private final DatasetGraph dsg;
    private final TraceLimits limits;

    public TraceService(DatasetGraph dsg, TraceLimits limits) {
        this.dsg = dsg;
        this.limits = limits;
    }

    public TraceLimits limits() { return limits; }

    /** The IRI of {@code text}: an absolute http(s) IRI, or a short form {@code kind/slug} under our id base. */
    public static Node resolve(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("<") && t.endsWith(">"))
            t = t.substring(1, t.length() - 1);
        if (t.startsWith("http://") || t.startsWith("https://"))
            return NodeFactory.createURI(t);
        if (SHORT.matcher(t).matches())
            return NodeFactory.createURI(Alu.ID + t);
        throw TraceException.bad("not an IRI or a short form such as site/alma: " + text);
    }

    // ---- traces ----------------------------------------------------------------------------------------------

    public TraceResult trace(TraceRequest r) {
        if (r.from().isEmpty())
            throw TraceException.bad("no start node: give at least one from");
        if (r.depth() < 1)
            throw TraceException.bad("depth must be at least 1: " + r.depth());
        if (r.depth() > limits.maxDepth())
            throw TraceException.bad("depth over the cap maxDepth=" + limits.maxDepth() + ": " + r.depth());
        List<Node> starts = r.from().stream().map(TraceService::resolve).distinct().toList();
        Node product = r.product() == null ? null : resolve(r.product());
        checkKnown(starts, product);
        SupplyGraph g = SupplyGraph.of(dsg);
        Predicate<Edge> ok = filter(g, product, r.asOf());

        Set<Integer> startIds = new LinkedHashSet<>();
        List<Node> isolated = new ArrayList<>();
        for (Node s : starts) {
            Integer i = g.indexOf(s);
            if (i == null)
                isolated.add(s);
            else
                startIds.add(i);
        }
        int[] budget = {limits.maxNodes() - isolated.size() - startIds.size()};
        if (budget[0] < 0)
            throw overNodes();
        Walk down = r.direction() != Direction.upstream ? walk(g, startIds, true, r.depth(), ok, budget) : null;
        Walk up = r.direction() != Direction.downstream ? walk(g, startIds, false, r.depth(), ok, budget) : null;

        Map<Integer, Integer> tier = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> via = new HashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        for (Walk w : new Walk[] {down, up}) {
            if (w == null)
                continue;
            edges.addAll(w.edges);
            int sign = w == down ? 1 : -1;
            for (Map.Entry<Integer, Integer> e : w.tier.entrySet()) {
                Integer before = tier.get(e.getKey());
                if (before == null || Math.abs(before) > e.getValue()) {
                    tier.put(e.getKey(), sign * e.getValue());
                    via.put(e.getKey(), w.via.getOrDefault(e.getKey(), Set.of()));
                }
            }
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", starts.stream().map(Node::getURI).toList());
        query.put("direction", r.direction().name());
        query.put("depth", r.depth());
        if (product != null)
            query.put("product", product.getURI());
        if (r.asOf() != null)
            query.put("asOf", r.asOf());
        WeakPoints weak = r.weakPoints() ? weakPoints(g, tier.keySet(), edges, ok) : null;
        boolean mayCycle = down != null && up != null || down != null && down.mayCycle || up != null && up.mayCycle;
        TraceResult res = assemble(g, query, tier, via, edges, r.lang(), weak, null, mayCycle);
        if (isolated.isEmpty())
            return res;
        List<TracedNode> nodes = new ArrayList<>(res.nodes());
        Map<Integer, List<String>> tiers = new TreeMap<>(res.tiers());
        for (Node n : isolated) {
            nodes.add(0, new TracedNode(n.getURI(), g.label(n, r.lang()), List.of(), 0, List.of()));
            tiers.computeIfAbsent(0, k -> new ArrayList<>()).add(0, n.getURI());
        }
        return new TraceResult(query, nodes, res.edges(), tiers, res.cycles(), res.weakPoints(), null);
    }

    /** The nodes a walk in one direction reached with their (unsigned) tier, the edges it took, and its via links. */
    private record Walk(Map<Integer, Integer> tier, Set<Edge> edges, Map<Integer, Set<Integer>> via,
                        boolean mayCycle) {}

    private Walk walk(SupplyGraph g, Set<Integer> starts, boolean down, int depth, Predicate<Edge> ok, int[] budget) {
        Map<Integer, Integer> tier = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> via = new HashMap<>();
        Set<Edge> taken = new LinkedHashSet<>();
        BitSet mayOperate = new BitSet();
        boolean mayCycle = false;
        List<Integer> frontier = new ArrayList<>(starts);
        for (int s : starts) {
            tier.put(s, 0);
            mayOperate.set(s);
        }
        for (int level = 0; ; level++) {
            List<Integer> partners = new ArrayList<>();
            for (int n : frontier) {
                if (!mayOperate.get(n))
                    continue;
                for (Edge e : g.out(n)) {
                    if (e.kind() != Kind.operates)
                        continue;
                    int m = e.to();
                    Integer t = tier.get(m);
                    if (t == null) {
                        if (--budget[0] < 0 && !starts.contains(m))
                            throw overNodes();
                        tier.put(m, level);
                        partners.add(m);
                        t = level;
                    }
                    taken.add(g.canonical(e));
                    if (t == level)
                        via.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(n);
                }
            }
            frontier.addAll(partners);
            if (level == depth)
                break;
            List<Integer> next = new ArrayList<>();
            for (int n : frontier) {
                for (Edge e : down ? g.out(n) : g.in(n)) {
                    if (e.kind() != Kind.supplies || !ok.test(e))
                        continue;
                    int m = down ? e.to() : e.from();
                    taken.add(e);
                    Integer t = tier.get(m);
                    if (t == null) {
                        if (--budget[0] < 0)
                            throw overNodes();
                        tier.put(m, level + 1);
                        mayOperate.set(m);
                        next.add(m);
                        t = level + 1;
                    }
                    if (t == level + 1)
                        via.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(n);
                    else
                        mayCycle = true;
                }
            }
            if (next.isEmpty())
                break;
            frontier = next;
        }
        return new Walk(tier, taken, via, mayCycle);
    }

    private TraceException overNodes() {
        return TraceException.bad("trace over the cap maxNodes=" + limits.maxNodes()
                                  + ": lower the depth or filter by product or date");
    }

    // ---- paths -----------------------------------------------------------------------------------------------

    /** A hop between two nodes: all the edges of one kind from one to the other. */
    private record Link(int from, int to, Kind kind, List<Edge> edges) {}

    public TraceResult paths(PathRequest r) {
        if (r.maxLength() < 1)
            throw TraceException.bad("maxLength must be at least 1: " + r.maxLength());
        if (r.maxLength() > limits.maxPathLength())
            throw TraceException.bad("maxLength over the cap maxPathLength=" + limits.maxPathLength() + ": "
                                     + r.maxLength());
        Node from = resolve(r.from()), to = resolve(r.to());
        Node product = r.product() == null ? null : resolve(r.product());
        checkKnown(List.of(from, to), product);
        SupplyGraph g = SupplyGraph.of(dsg);
        Predicate<Edge> ok = filter(g, product, r.asOf());
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", from.getURI());
        query.put("to", to.getURI());
        query.put("maxLength", r.maxLength());
        if (product != null)
            query.put("product", product.getURI());
        if (r.asOf() != null)
            query.put("asOf", r.asOf());
        Integer a = g.indexOf(from), b = g.indexOf(to);
        if (a == null || b == null || a.equals(b))
            return new TraceResult(query, List.of(), List.of(), Map.of(), List.of(), null, List.of());

        int[] unlimited = {Integer.MAX_VALUE};
        Walk fromA = walk(g, Set.of(a), true, r.maxLength(), ok, unlimited);
        Walk toB = walk(g, Set.of(b), false, r.maxLength(), ok, unlimited);
        Graph<Integer, Link> region = new DefaultDirectedGraph<>(Link.class);
        for (Map.Entry<Integer, Integer> e : fromA.tier.entrySet()) {
            Integer back = toB.tier.get(e.getKey());
            if (back != null && e.getValue() + back <= r.maxLength())
                region.addVertex(e.getKey());
        }
        Map<List<Object>, List<Edge>> grouped = new LinkedHashMap<>();
        for (int v : region.vertexSet())
            for (Edge e : g.out(v))
                if (region.containsVertex(e.to()) && (e.kind() == Kind.operates || ok.test(e)))
                    grouped.computeIfAbsent(List.of(e.from(), e.to(), e.kind()), k -> new ArrayList<>()).add(e);
        grouped.forEach((k, es) -> region.addEdge((Integer) k.get(0), (Integer) k.get(1),
                                                  new Link((Integer) k.get(0), (Integer) k.get(1), (Kind) k.get(2), es)));
        if (!region.containsVertex(a) || !region.containsVertex(b))
            return new TraceResult(query, List.of(), List.of(), Map.of(), List.of(), null, List.of());

        int max = r.maxLength();
        AllDirectedPaths<Integer, Link> all = new AllDirectedPaths<>(region, (partial, link) -> {
            List<Link> sofar = partial.getEdgeList();
            if (link.kind() == Kind.operates)
                return sofar.isEmpty() || sofar.get(sofar.size() - 1).kind() != Kind.operates;
            return supplyLength(sofar) + 1 <= max;
        });
        List<GraphPath<Integer, Link>> found = new ArrayList<>(all.getAllPaths(a, b, true, 2 * max + 1));
        if (found.size() > limits.maxPaths())
            throw TraceException.bad("paths over the cap maxPaths=" + limits.maxPaths() + ": " + found.size()
                                     + " found; lower maxLength or filter by product or date");
        found.sort(Comparator.<GraphPath<Integer, Link>>comparingInt(p -> supplyLength(p.getEdgeList()))
                             .thenComparingInt(GraphPath::getLength)
                             .thenComparing(p -> p.getVertexList().stream().map(v -> g.node(v).getURI()).toList()
                                                  .toString()));

        Map<Integer, Integer> tier = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> via = new HashMap<>();
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
            paths.add(new FoundPath(supplyLength(p.getEdgeList()),
                                    p.getVertexList().stream().map(v -> g.node(v).getURI()).toList(), hops));
            for (int v : p.getVertexList()) {
                int t = fromA.tier.get(v);
                tier.merge(v, t, Math::min);
            }
        }
        for (Map.Entry<Integer, Integer> e : tier.entrySet())
            via.put(e.getKey(), fromA.via.getOrDefault(e.getKey(), Set.of()).stream()
                                         .filter(tier::containsKey).collect(java.util.stream.Collectors.toSet()));
        return assemble(g, query, tier, via, edges, r.lang(), null, paths, true);
    }

    private static int supplyLength(List<Link> links) {
        int n = 0;
        for (Link l : links)
            if (l.kind() == Kind.supplies)
                n++;
        return n;
    }

    // ---- shared ----------------------------------------------------------------------------------------------

    private void checkKnown(List<Node> nodes, Node product) {
        Txn.executeRead(dsg, () -> {
            var union = dsg.getUnionGraph();
            for (Node n : nodes)
                if (!union.find(n, Node.ANY, Node.ANY).hasNext() && !union.find(Node.ANY, Node.ANY, n).hasNext())
                    throw TraceException.unknown("unknown node", n.getURI());
            if (product != null && !union.find(product, Node.ANY, Node.ANY).hasNext())
                throw TraceException.unknown("unknown product", product.getURI());
        });
    }

    /** Supply links of {@code product} (or a narrower one) that are valid in year {@code asOf}; null: any. */
    private static Predicate<Edge> filter(SupplyGraph g, Node product, Integer asOf) {
        return e -> (product == null || e.products().stream().anyMatch(p -> g.isA(p, product)))
                    && (asOf == null || !e.planned() && (e.startedIn() == null || e.startedIn() <= asOf)
                                        && (e.endedIn() == null || e.endedIn() >= asOf)
                                        && (e.validUntil() == null || e.validUntil() >= asOf));
    }

    private static TraceResult assemble(SupplyGraph g, Map<String, Object> query, Map<Integer, Integer> tier,
                                        Map<Integer, Set<Integer>> via, Set<Edge> edges, String lang,
                                        WeakPoints weak, List<FoundPath> paths, boolean mayCycle) {
        List<Integer> order = new ArrayList<>(tier.keySet());
        order.sort(Comparator.<Integer>comparingInt(tier::get).thenComparing(i -> g.label(g.node(i), lang))
                             .thenComparing(i -> g.node(i).getURI()));
        List<TracedNode> nodes = new ArrayList<>(order.size());
        Map<Integer, List<String>> tiers = new TreeMap<>();
        for (int i : order) {
            String id = g.node(i).getURI();
            List<String> v = via.getOrDefault(i, Set.of()).stream().map(x -> g.node(x).getURI()).sorted().toList();
            nodes.add(new TracedNode(id, g.label(g.node(i), lang), g.types(i), tier.get(i), v));
            tiers.computeIfAbsent(tier.get(i), k -> new ArrayList<>()).add(id);
        }
        List<TracedEdge> out = new ArrayList<>(edges.size());
        for (Edge e : edges)
            out.add(edge(g, e, lang));
        // When every supply edge of a walk leads one tier further, the edges form no cycle: skip the search.
        List<List<String>> cycles = mayCycle ? cycles(g, tier.keySet(), edges) : List.of();
        return new TraceResult(query, nodes, out, tiers, cycles, weak, paths);
    }

    private static TracedEdge edge(SupplyGraph g, Edge e, String lang) {
        if (e.kind() == Kind.operates)
            return new TracedEdge(g.node(e.from()).getURI(), g.node(e.to()).getURI(), e.kind().name(), null, null,
                                  null, null, null, null, null);
        return new TracedEdge(g.node(e.from()).getURI(), g.node(e.to()).getURI(), e.kind().name(),
                              e.relationship() == null ? null : e.relationship().getURI(),
                              e.products().stream().map(p -> new TraceResult.Product(p.getURI(), g.label(p, lang)))
                                          .toList(),
                              e.startedIn(), e.endedIn(), e.validUntil(), e.planned(),
                              e.sources().stream().map(Node::getURI).toList());
    }

    /** Simple supply cycles among {@code nodes} of at most 8 links, once each, from their smallest IRI; at most 100. */
    private static List<List<String>> cycles(SupplyGraph g, Set<Integer> nodes, Set<Edge> edges) {
        Graph<Integer, DefaultEdge> d = supplyGraph(nodes, edges, false);
        List<List<String>> found = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(d).stronglyConnectedSets()) {
            if (scc.size() < 2 || found.size() >= MAX_CYCLES)
                continue;
            HawickJamesSimpleCycles<Integer, DefaultEdge> finder = new HawickJamesSimpleCycles<>(new AsSubgraph<>(d, scc));
            finder.setPathLimit(8);
            List<List<Integer>> here = new ArrayList<>();
            try {
                finder.findSimpleCycles(c -> {
                    here.add(c);
                    if (here.size() + found.size() >= MAX_CYCLES)
                        throw new Enough();
                });
            } catch (Enough e) {
                // the cap is reached: the search stops here
            }
            for (List<Integer> c : here) {
                if (found.size() >= MAX_CYCLES)
                    break;
                List<String> iris = c.stream().map(v -> g.node(v).getURI()).toList();
                int min = iris.indexOf(iris.stream().min(String::compareTo).orElseThrow());
                List<String> rotated = new ArrayList<>(iris.subList(min, iris.size()));
                rotated.addAll(iris.subList(0, min));
                found.add(rotated);
            }
        }
        found.sort(Comparator.comparingInt(List<String>::size).thenComparing(Object::toString));
        return found;
    }

    /** Stops a cycle search that has found as many cycles as a trace lists. */
    private static final class Enough extends RuntimeException {
        Enough() { super(null, null, false, false); }
    }

    private static Graph<Integer, DefaultEdge> supplyGraph(Set<Integer> nodes, Set<Edge> edges, boolean operates) {
        Graph<Integer, DefaultEdge> d = new DefaultDirectedGraph<>(DefaultEdge.class);
        nodes.forEach(d::addVertex);
        for (Edge e : edges)
            if ((e.kind() == Kind.supplies || operates) && e.from() != e.to()
                && d.containsVertex(e.from()) && d.containsVertex(e.to()))
                d.addEdge(e.from(), e.to());
        return d;
    }

    private static WeakPoints weakPoints(SupplyGraph g, Set<Integer> nodes, Set<Edge> edges, Predicate<Edge> ok) {
        List<SingleSupplier> single = new ArrayList<>();
        for (int n : nodes) {
            Map<Node, Set<Integer>> suppliers = new TreeMap<>(Comparator.comparing(Node::getURI));
            for (Edge e : g.in(n))
                if (e.kind() == Kind.supplies && ok.test(e))
                    for (Node p : e.products())
                        suppliers.computeIfAbsent(p, k -> new TreeSet<>()).add(e.from());
            suppliers.forEach((p, s) -> {
                if (s.size() == 1)
                    single.add(new SingleSupplier(g.node(n).getURI(), p.getURI(), g.node(s.iterator().next()).getURI()));
            });
        }
        single.sort(Comparator.comparing(SingleSupplier::firm).thenComparing(SingleSupplier::product));

        Graph<Integer, DefaultEdge> all = supplyGraph(nodes, edges, true);
        List<String> cuts = new BiconnectivityInspector<>(new AsUndirectedGraph<>(all)).getCutpoints().stream()
            .map(v -> g.node(v).getURI()).sorted().toList();

        Graph<Integer, DefaultEdge> supply = supplyGraph(nodes, edges, false);
        List<Between> between = new BetweennessCentrality<>(supply).getScores().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                             .thenComparing(e -> g.node(e.getKey()).getURI()))
            .limit(MAX_BETWEEN)
            .map(e -> new Between(g.node(e.getKey()).getURI(), e.getValue()))
            .toList();
        return new WeakPoints(single, cuts, between);
    }
}
