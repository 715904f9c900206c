package org.alukg.trace;

import org.alukg.config.TraceLimits;
import java.util.ArrayList;
import java.util.Arrays;
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
        SupplyGraph g = SupplyGraph.of(dsg);
        checkKnown(g, starts, product);
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

        // A node found both ways keeps its nearer tier (downstream on a tie) and the via links of that walk.
        Found found = new Found();
        SupplyGraph.Marks at = g.nodeMarks(), edgeSeen = g.edgeMarks();
        for (Walk w : new Walk[] {down, up}) {
            if (w == null)
                continue;
            for (int k = 0; k < w.edges.length; k++)
                if (!edgeSeen.has(w.edges[k])) {
                    edgeSeen.put(w.edges[k], 0);
                    found.edges.add(w.edges[k]);
                }
            int sign = w == down ? 1 : -1;
            for (int k = 0; k < w.nodes.length; k++) {
                int n = w.nodes[k];
                if (!at.has(n)) {
                    at.put(n, found.nodes.size());
                    found.add(n, sign * w.tiers[k], w.via(k));
                } else if (Math.abs(found.tiers.get(at.get(n))) > w.tiers[k]) {
                    found.tiers.set(at.get(n), sign * w.tiers[k]);
                    found.via.set(at.get(n), w.via(k));
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
        WeakPoints weak = r.weakPoints() ? weakPoints(g, found.nodeSet(), found.edgeSet(g), ok) : null;
        boolean mayCycle = down != null && up != null || down != null && down.mayCycle || up != null && up.mayCycle;
        TraceResult res = assemble(g, query, found, r.lang(), weak, null, mayCycle);
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

    /** A growable list of ints, so that a trace does not box the node and edge numbers it handles. */
    private static final class Ints {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length)
                values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int get(int i) { return values[i]; }

        void set(int i, int v) { values[i] = v; }

        int size() { return size; }

        int[] toArray() { return Arrays.copyOf(values, size); }
    }

    /**
     * What a trace or a path search found, before it is put in order: nodes (snapshot numbers) with their signed
     * tier and the nodes they were reached from (possibly repeated), and the edges (snapshot numbers) in the order
     * they were taken.
     */
    private static final class Found {
        final Ints nodes = new Ints(), tiers = new Ints(), edges = new Ints();
        final List<int[]> via = new ArrayList<>();

        void add(int node, int tier, int[] from) {
            nodes.add(node);
            tiers.add(tier);
            via.add(from);
        }

        Set<Integer> nodeSet() {
            Set<Integer> s = new LinkedHashSet<>();
            for (int k = 0; k < nodes.size(); k++)
                s.add(nodes.get(k));
            return s;
        }

        Set<Edge> edgeSet(SupplyGraph g) {
            Set<Edge> s = new LinkedHashSet<>();
            for (int k = 0; k < edges.size(); k++)
                s.add(g.edge(edges.get(k)));
            return s;
        }
    }

    /**
     * The nodes a walk in one direction reached, in the order found, with their (unsigned) tier and the nodes one
     * tier nearer they were reached from (a list per node, chained through {@code viaNext}: -1 ends it); the edges
     * it took, each once.
     */
    private record Walk(int[] nodes, int[] tiers, int[] viaHead, int[] viaNext, int[] viaFrom, int[] edges,
                        boolean mayCycle) {
        int[] via(int k) {
            int n = 0;
            for (int v = viaHead[k]; v >= 0; v = viaNext[v])
                n++;
            int[] from = new int[n];
            for (int v = viaHead[k]; v >= 0; v = viaNext[v])
                from[--n] = viaFrom[v];
            return from;
        }

        Map<Integer, Integer> tierMap() {
            Map<Integer, Integer> m = new HashMap<>();
            for (int k = 0; k < nodes.length; k++)
                m.put(nodes[k], tiers[k]);
            return m;
        }
    }

    private Walk walk(SupplyGraph g, Set<Integer> starts, boolean down, int depth, Predicate<Edge> ok, int[] budget) {
        // at: the position of each node found in the lists below; edgeSeen: edges already taken.
        SupplyGraph.Marks at = g.nodeMarks(), edgeSeen = g.edgeMarks();
        Ints nodes = new Ints(), tiers = new Ints(), viaHead = new Ints(), viaNext = new Ints(), viaFrom = new Ints(),
            taken = new Ints();
        BitSet mayOperate = new BitSet();
        boolean mayCycle = false;
        Ints frontier = new Ints();
        for (int s : starts) {
            at.put(s, nodes.size());
            nodes.add(s);
            tiers.add(0);
            viaHead.add(-1);
            mayOperate.set(nodes.size() - 1);
            frontier.add(s);
        }
        for (int level = 0; ; level++) {
            int reached = frontier.size();
            for (int f = 0; f < reached; f++) {
                int n = frontier.get(f);
                if (!mayOperate.get(at.get(n)))
                    continue;
                for (Edge e : g.out(n)) {
                    if (e.kind() != Kind.operates)
                        continue;
                    int m = e.to(), t;
                    if (!at.has(m)) {
                        if (--budget[0] < 0 && !starts.contains(m))
                            throw overNodes();
                        at.put(m, nodes.size());
                        nodes.add(m);
                        tiers.add(level);
                        viaHead.add(-1);
                        frontier.add(m);
                        t = level;
                    } else
                        t = tiers.get(at.get(m));
                    Edge c = g.canonical(e);
                    if (!edgeSeen.has(c.id())) {
                        edgeSeen.put(c.id(), 0);
                        taken.add(c.id());
                    }
                    if (t == level)
                        addVia(at.get(m), n, viaHead, viaNext, viaFrom);
                }
            }
            if (level == depth)
                break;
            Ints next = new Ints();
            for (int f = 0; f < frontier.size(); f++) {
                int n = frontier.get(f);
                for (Edge e : down ? g.out(n) : g.in(n)) {
                    if (e.kind() != Kind.supplies || !ok.test(e))
                        continue;
                    int m = down ? e.to() : e.from(), t;
                    if (!edgeSeen.has(e.id())) {
                        edgeSeen.put(e.id(), 0);
                        taken.add(e.id());
                    }
                    if (!at.has(m)) {
                        if (--budget[0] < 0)
                            throw overNodes();
                        at.put(m, nodes.size());
                        nodes.add(m);
                        tiers.add(level + 1);
                        viaHead.add(-1);
                        mayOperate.set(nodes.size() - 1);
                        next.add(m);
                        t = level + 1;
                    } else
                        t = tiers.get(at.get(m));
                    if (t == level + 1)
                        addVia(at.get(m), n, viaHead, viaNext, viaFrom);
                    else
                        mayCycle = true;
                }
            }
            if (next.size() == 0)
                break;
            frontier = next;
        }
        return new Walk(nodes.toArray(), tiers.toArray(), viaHead.toArray(), viaNext.toArray(), viaFrom.toArray(),
                        taken.toArray(), mayCycle);
    }

    /** Adds {@code from} to the via list of the node at position {@code k}, unless it is there already. */
    private static void addVia(int k, int from, Ints viaHead, Ints viaNext, Ints viaFrom) {
        for (int v = viaHead.get(k); v >= 0; v = viaNext.get(v))
            if (viaFrom.get(v) == from)
                return;
        viaFrom.add(from);
        viaNext.add(viaHead.get(k));
        viaHead.set(k, viaFrom.size() - 1);
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
        SupplyGraph g = SupplyGraph.of(dsg);
        checkKnown(g, List.of(from, to), product);
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
        Map<Integer, Integer> fromATier = fromA.tierMap(), toBTier = toB.tierMap();
        Graph<Integer, Link> region = new DefaultDirectedGraph<>(Link.class);
        for (Map.Entry<Integer, Integer> e : fromATier.entrySet()) {
            Integer back = toBTier.get(e.getKey());
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
                int t = fromATier.get(v);
                tier.merge(v, t, Math::min);
            }
        }
        Map<Integer, Integer> at = new HashMap<>();
        for (int k = 0; k < fromA.nodes.length; k++)
            at.put(fromA.nodes[k], k);
        Found onPaths = new Found();
        for (Map.Entry<Integer, Integer> e : tier.entrySet())
            onPaths.add(e.getKey(), e.getValue(),
                        Arrays.stream(fromA.via(at.get(e.getKey()))).filter(tier::containsKey).toArray());
        edges.forEach(e -> onPaths.edges.add(e.id()));
        return assemble(g, query, onPaths, r.lang(), null, paths, true);
    }

    private static int supplyLength(List<Link> links) {
        int n = 0;
        for (Link l : links)
            if (l.kind() == Kind.supplies)
                n++;
        return n;
    }

    // ---- shared ----------------------------------------------------------------------------------------------

    /** Start nodes in the supply network are known; others, and a product, are looked for in the store. */
    private void checkKnown(SupplyGraph g, List<Node> nodes, Node product) {
        List<Node> outside = nodes.stream().filter(n -> g.indexOf(n) == null).toList();
        if (outside.isEmpty() && product == null)
            return;
        Txn.executeRead(dsg, () -> {
            var union = dsg.getUnionGraph();
            for (Node n : outside)
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

    private static TraceResult assemble(SupplyGraph g, Map<String, Object> query, Found found, String lang,
                                        WeakPoints weak, List<FoundPath> paths, boolean mayCycle) {
        int size = found.nodes.size();
        Integer[] order = new Integer[size];
        for (int k = 0; k < size; k++)
            order[k] = k;
        Arrays.sort(order, Comparator.<Integer>comparingInt(found.tiers::get)
                                     .thenComparing(k -> g.label(found.nodes.get(k), lang))
                                     .thenComparing(k -> g.iri(found.nodes.get(k))));
        List<TracedNode> nodes = new ArrayList<>(size);
        Map<Integer, List<String>> tiers = new TreeMap<>();
        for (int k : order) {
            int i = found.nodes.get(k), tier = found.tiers.get(k);
            String id = g.iri(i);
            nodes.add(new TracedNode(id, g.label(i, lang), g.types(i), tier, iris(g, found.via.get(k))));
            tiers.computeIfAbsent(tier, t -> new ArrayList<>()).add(id);
        }
        List<TracedEdge> out = new ArrayList<>(found.edges.size());
        for (int k = 0; k < found.edges.size(); k++)
            out.add(g.detail(g.edge(found.edges.get(k)), lang));
        // When every supply edge of a walk leads one tier further, the edges form no cycle: skip the search.
        List<List<String>> cycles = mayCycle ? cycles(g, found) : List.of();
        return new TraceResult(query, nodes, out, tiers, cycles, weak, paths);
    }

    /** The IRIs of {@code nodes}, sorted, each once. */
    private static List<String> iris(SupplyGraph g, int[] nodes) {
        if (nodes.length == 0)
            return List.of();
        if (nodes.length == 1)
            return List.of(g.iri(nodes[0]));
        String[] s = new String[nodes.length];
        for (int k = 0; k < nodes.length; k++)
            s[k] = g.iri(nodes[k]);
        Arrays.sort(s);
        List<String> out = new ArrayList<>(s.length);
        for (String x : s)
            if (out.isEmpty() || !out.get(out.size() - 1).equals(x))
                out.add(x);
        return List.copyOf(out);
    }

    /**
     * Simple supply cycles among the nodes found, of at most 8 links, once each, from their smallest IRI; at most
     * 100. Nodes with no supply link in or out among the others are on no cycle: they are peeled off, again and
     * again, before the graph library searches what is left (usually a handful of nodes, often none).
     */
    private static List<List<String>> cycles(SupplyGraph g, Found found) {
        int size = found.nodes.size();
        SupplyGraph.Marks at = g.nodeMarks();
        for (int k = 0; k < size; k++)
            at.put(found.nodes.get(k), k);
        Ints from = new Ints(), to = new Ints();
        int[] in = new int[size], out = new int[size];
        for (int j = 0; j < found.edges.size(); j++) {
            Edge e = g.edge(found.edges.get(j));
            if (e.kind() == Kind.supplies && e.from() != e.to() && at.has(e.from()) && at.has(e.to())) {
                int a = at.get(e.from()), b = at.get(e.to());
                from.add(a);
                to.add(b);
                out[a]++;
                in[b]++;
            }
        }
        // Per node, the links leaving and entering it, as positions in from/to (compressed rows).
        int links = from.size();
        int[] outStart = new int[size + 1], inStart = new int[size + 1], outLinks = new int[links], inLinks = new int[links];
        for (int k = 0; k < size; k++) {
            outStart[k + 1] = outStart[k] + out[k];
            inStart[k + 1] = inStart[k] + in[k];
        }
        int[] outFill = Arrays.copyOf(outStart, size), inFill = Arrays.copyOf(inStart, size);
        for (int j = 0; j < links; j++) {
            outLinks[outFill[from.get(j)]++] = j;
            inLinks[inFill[to.get(j)]++] = j;
        }
        boolean[] gone = new boolean[size];
        Ints todo = new Ints();
        for (int k = 0; k < size; k++)
            if (in[k] == 0 || out[k] == 0) {
                gone[k] = true;
                todo.add(k);
            }
        for (int t = 0; t < todo.size(); t++) {
            int k = todo.get(t);
            for (int x = outStart[k]; x < outStart[k + 1]; x++) {
                int m = to.get(outLinks[x]);
                if (!gone[m] && --in[m] == 0) {
                    gone[m] = true;
                    todo.add(m);
                }
            }
            for (int x = inStart[k]; x < inStart[k + 1]; x++) {
                int m = from.get(inLinks[x]);
                if (!gone[m] && --out[m] == 0) {
                    gone[m] = true;
                    todo.add(m);
                }
            }
        }
        if (todo.size() == size)
            return List.of();
        Graph<Integer, DefaultEdge> d = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int k = 0; k < size; k++)
            if (!gone[k])
                d.addVertex(found.nodes.get(k));
        for (int j = 0; j < links; j++)
            if (!gone[from.get(j)] && !gone[to.get(j)])
                d.addEdge(found.nodes.get(from.get(j)), found.nodes.get(to.get(j)));
        List<List<String>> cycles = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(d).stronglyConnectedSets()) {
            if (scc.size() < 2 || cycles.size() >= MAX_CYCLES)
                continue;
            HawickJamesSimpleCycles<Integer, DefaultEdge> finder = new HawickJamesSimpleCycles<>(new AsSubgraph<>(d, scc));
            finder.setPathLimit(8);
            List<List<Integer>> here = new ArrayList<>();
            try {
                finder.findSimpleCycles(c -> {
                    here.add(c);
                    if (here.size() + cycles.size() >= MAX_CYCLES)
                        throw new Enough();
                });
            } catch (Enough e) {
                // the cap is reached: the search stops here
            }
            for (List<Integer> c : here) {
                if (cycles.size() >= MAX_CYCLES)
                    break;
                List<String> iris = c.stream().map(g::iri).toList();
                int min = iris.indexOf(iris.stream().min(String::compareTo).orElseThrow());
                List<String> rotated = new ArrayList<>(iris.subList(min, iris.size()));
                rotated.addAll(iris.subList(0, min));
                cycles.add(rotated);
            }
        }
        cycles.sort(Comparator.comparingInt(List<String>::size).thenComparing(Object::toString));
        return cycles;
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
