package org.alukg.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.alukg.config.TraceLimits;
import org.alukg.http.Routes;
import org.alukg.store.Store;
import org.alukg.trace.RequestChecks.Named;
import org.alukg.trace.SupplyNetwork.Edge;
import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.trace.TraceResult.TracedNode;
import org.alukg.trace.TraceResult.WeakPoints;
import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Node;

/**
 * Supply-chain tracing over {@code alu:SupplyRelationship} nodes and {@code alu:suppliesTo} edges of the store's
 * union graph. A tier is a number of supply links; an operator and its facility are linked by {@code operates}
 * edges that cost no tier, so a trace from either finds the other's links (never two such steps in a row, so a
 * trace does not jump from one facility of an operator to its others). Each node is expanded once: a link back to
 * a node already found is reported, and the cycle it closes is listed once. A request is checked
 * ({@link RequestChecks}), walked ({@link TierWalk}) or searched ({@link PathSearch}) over the network of the current
 * data version ({@link SupplySnapshots}), then put in order with its cycles ({@link Cycles}) and weak points
 * ({@link WeakPointAnalysis}).
 */
public final class TraceService {
    private final Store store;
    private final RequestChecks checks;
    private final SupplySnapshots snapshots;
    private final String base;

    /** Traces over {@code store} within {@code limits}; short forms such as {@code site/alma} are under {@code base}. */
    public TraceService(Store store, TraceLimits limits, String base) {
        this.store = store;
        this.checks = new RequestChecks(limits, base);
        this.snapshots = new SupplySnapshots(store, base);
        this.base = base;
    }

    /**
     * Where this server shows the node {@code iri}: its page ({@code /id/site/alma}) for one of our IRIs under the base,
     * whether or not this server is the base; another IRI as it is.
     */
    String pageOf(String iri) {
        return ShortForm.of(iri, base).map(f -> Routes.thing(f.toString())).orElse(iri);
    }

    public TraceLimits limits() { return checks.limits(); }

    /** The supply network of the data this thread sees. */
    SupplyNetwork network() { return snapshots.current(); }

    /** True when the supply network of the latest data version is built; starts building it when not. */
    public boolean readyOrBuilding() { return snapshots.readyOrBuilding(); }

    /** The supply network, with the links of the kinds in {@code include}, of the data this thread sees. */
    SupplyNetwork network(Set<Include> include) { return snapshots.current(include); }

    public TraceResult trace(TraceRequest request) {
        RequestChecks.Trace r = checks.trace(request);
        SupplyNetwork g = network(request.include());
        RequestChecks.known(store, g, r.starts(), r.product());
        Predicate<Edge> ok = filter(g, r.product(), r.asOf());

        Set<Integer> startIds = new LinkedHashSet<>();
        List<Node> isolated = new ArrayList<>();
        for (Named s : r.starts()) {
            Integer i = g.indexOf(s.node());
            if (i == null)
                isolated.add(s.node());
            else
                startIds.add(i);
        }
        int budget = limits().maxNodes() - isolated.size() - startIds.size();
        if (budget < 0)
            throw checks.overNodes();
        TierWalk down = null, up = null;
        if (r.direction() != Direction.upstream) {
            down = TierWalk.of(g, startIds, true, r.depth(), ok, budget);
            budget -= down.spent();
        }
        if (r.direction() != Direction.downstream && budget >= 0)
            up = TierWalk.of(g, startIds, false, r.depth(), ok, budget);
        if (down != null && down.overBudget() || up != null && up.overBudget())
            throw checks.overNodes();

        // A node found both ways keeps its nearer tier (downstream on a tie) and the via links of that walk.
        Found found = new Found();
        Marks at = g.nodeMarks(), edgeSeen = g.edgeMarks();
        for (TierWalk w : new TierWalk[] {down, up}) {
            if (w == null)
                continue;
            for (int e : w.edges())
                if (!edgeSeen.has(e)) {
                    edgeSeen.put(e, 0);
                    found.edges.add(e);
                }
            int sign = w == down ? 1 : -1;
            for (int k = 0; k < w.nodes().length; k++) {
                int n = w.nodes()[k], tier = w.tiers()[k];
                if (!at.has(n)) {
                    at.put(n, found.nodes.size());
                    found.add(n, sign * tier, w.via(k));
                } else if (Math.abs(found.tiers.get(at.get(n))) > tier) {
                    found.tiers.set(at.get(n), sign * tier);
                    found.via.set(at.get(n), w.via(k));
                }
            }
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", r.starts().stream().map(s -> s.node().getURI()).toList());
        query.put("direction", r.direction().name());
        query.put("depth", r.depth());
        if (r.product() != null)
            query.put("product", r.product().getURI());
        if (r.asOf() != null)
            query.put("asOf", r.asOf());
        if (!request.include().isEmpty())
            query.put("include", included(request.include()));
        WeakPoints weak = r.weakPoints() ? WeakPointAnalysis.of(g, found.nodeSet(), found.edgeSet(g), ok, r.betweenness()) : null;
        boolean mayCycle = down != null && up != null || down != null && down.mayCycle() || up != null && up.mayCycle();
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

    public TraceResult paths(PathRequest request) {
        RequestChecks.Paths r = checks.paths(request);
        SupplyNetwork g = network(request.include());
        RequestChecks.known(store, g, List.of(r.from(), r.to()), r.product());
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", r.from().node().getURI());
        query.put("to", r.to().node().getURI());
        query.put("maxLength", r.maxLength());
        if (r.product() != null)
            query.put("product", r.product().getURI());
        if (r.asOf() != null)
            query.put("asOf", r.asOf());
        if (!request.include().isEmpty())
            query.put("include", included(request.include()));
        Integer a = g.indexOf(r.from().node()), b = g.indexOf(r.to().node());
        PathSearch search = a == null || b == null ? PathSearch.none()
            : PathSearch.between(g, a, b, r.maxLength(), filter(g, r.product(), r.asOf()), checks);
        return assemble(g, query, search.onPaths(), r.lang(), null, search.paths(), true);
    }

    /** The kinds included, in their declared order. */
    private static List<String> included(Set<Include> include) {
        return Arrays.stream(Include.values()).filter(include::contains).map(Include::name).toList();
    }

    /** Supply links of {@code product} (or a narrower one) that are valid in year {@code asOf}; null: any. */
    private static Predicate<Edge> filter(SupplyNetwork g, Node product, Integer asOf) {
        return e -> (product == null || e.products().stream().anyMatch(p -> g.isA(p, product)))
                    && (asOf == null || !e.planned() && (e.startedIn() == null || e.startedIn() <= asOf)
                                        && (e.endedIn() == null || e.endedIn() >= asOf)
                                        && (e.validUntil() == null || e.validUntil() >= asOf));
    }

    /** Puts what was found in order: by tier, label and IRI; edges as they were taken; the cycles among them. */
    private static TraceResult assemble(SupplyNetwork g, Map<String, Object> query, Found found, String lang,
                                        WeakPoints weak, List<TraceResult.FoundPath> paths, boolean mayCycle) {
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
        List<List<String>> cycles = mayCycle ? Cycles.among(g, found) : List.of();
        return new TraceResult(query, nodes, out, tiers, cycles, weak, paths);
    }

    /** The IRIs of {@code nodes}, sorted, each once. */
    private static List<String> iris(SupplyNetwork g, int[] nodes) {
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
}
