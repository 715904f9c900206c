package org.alukg.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The supply network as it stands in the store's union graph, held in memory: one node per organisation or
 * facility that appears in a supply relationship or an operator link, one edge per {@code alu:SupplyRelationship}
 * (or per bare {@code alu:suppliesTo} edge that no relationship backs), and one pair of {@code operates} edges per
 * {@code alu:operator} link between two such nodes. A snapshot is read once per committed version of a TDB2 store
 * and shared by every trace until the store changes.
 */
final class SupplyGraph {
    /** What an edge stands for. */
    enum Kind { supplies, operates }

    /**
     * One edge. Years are null when the data does not say; {@code planned} for relationships only negotiated.
     * An operator link is a pair of edges, operator → facility and its {@code reverse} facility → operator.
     */
    record Edge(int id, int from, int to, Kind kind, Node relationship, List<Node> products, Integer startedIn,
                Integer endedIn, Integer validUntil, boolean planned, List<Node> sources, boolean reverse) {
        /** Edges are one per id in a snapshot: compared by id, not by their lists. */
        @Override
        public boolean equals(Object o) { return o instanceof Edge e && e.id == id; }

        @Override
        public int hashCode() { return Integer.hashCode(id); }
    }

    private static final Node SUPPLIER = Alu.supplier.asNode(), CUSTOMER = Alu.customer.asNode(),
        PRODUCT = Alu.product.asNode(), SUPPLIES_TO = Alu.suppliesTo.asNode(), OPERATOR = Alu.operator.asNode(),
        STARTED_IN = NodeFactory.createURI(Alu.NS + "startedIn"), ENDED_IN = NodeFactory.createURI(Alu.NS + "endedIn"),
        VALID_UNTIL = NodeFactory.createURI(Alu.NS + "validUntil"), STATUS = NodeFactory.createURI(Alu.NS + "status"),
        PLANNED = NodeFactory.createURI(Alu.NS + "Planned"), SOURCE = DCTerms.source.asNode(),
        LABEL = RDFS.label.asNode(), PREF_LABEL = SKOS.prefLabel.asNode(), BROADER = SKOS.broader.asNode(),
        TYPE = RDF.type.asNode();

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> index = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<List<Edge>> out = new ArrayList<>(), in = new ArrayList<>();
    private final Map<Node, String[]> labels = new HashMap<>();
    private final Map<Integer, List<String>> types = new HashMap<>();
    private final Map<Node, Set<Node>> broaderOrSelf = new HashMap<>();
    /** Per node, filled once the network is read: its IRI, its label in English and in French, its types. */
    private String[] iris;
    private String[][] nodeLabels;
    private List<String>[] nodeTypes;
    /** Per edge and language (English, French), what a trace reports of it, made on first use and then shared. */
    private TraceResult.TracedEdge[][] details;
    private final ThreadLocal<Marks> nodeMarks = ThreadLocal.withInitial(() -> new Marks(nodes.size())),
        edgeMarks = ThreadLocal.withInitial(() -> new Marks(edges.size()));

    private SupplyGraph() {}

    // ---- the snapshot cache --------------------------------------------------------------------------------

    private record Cached(long version, SupplyGraph graph) {}

    private static final Map<Object, Cached> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The supply network of {@code dsg} as committed now. A TDB2 store is read once per write transaction; any other
     * dataset is read on every call. Runs inside the caller's read transaction when there is one (a
     * snapshot read there is used but not kept, as the caller's view may be older than the latest commit).
     */
    static SupplyGraph of(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg))
            return Txn.calculateRead(dsg, () -> read(dsg.getUnionGraph()));
        Object key = TDBInternal.getDatabaseContainer(dsg);
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dsg);
        long before = version(coordinator);
        Cached c = CACHE.get(key);
        if (c != null && c.version == before)
            return c.graph;
        synchronized (key) {
            c = CACHE.get(key);
            if (c != null && c.version == before)
                return c.graph;
            // A caller's transaction may be older than the latest commit: its view is read but not kept.
            boolean ownView = !dsg.isInTransaction();
            SupplyGraph g = Txn.calculateRead(dsg, () -> read(dsg.getUnionGraph()));
            if (ownView && before >= 0 && version(coordinator) == before)
                CACHE.put(key, new Cached(before, g));
            return g;
        }
    }

    /** The number of write transactions begun so far, or -1 while one is running (the data may be changing). */
    private static long version(TransactionCoordinator coordinator) {
        return coordinator.countActiveWriter() > 0 ? -1 : coordinator.countBeginWrite();
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** Reads by predicate, one scan each, so the cost grows with the network and not with lookups per node. */
    private static SupplyGraph read(Graph g) {
        SupplyGraph s = new SupplyGraph();
        Map<Node, Node> suppliers = objectOf(g, SUPPLIER), customers = objectOf(g, CUSTOMER);
        Map<Node, List<Node>> products = objectsOf(g, PRODUCT), sources = objectsOf(g, SOURCE);
        Map<Node, Node> started = objectOf(g, STARTED_IN), ended = objectOf(g, ENDED_IN),
            validUntil = objectOf(g, VALID_UNTIL), status = objectOf(g, STATUS);
        Set<Long> backed = new HashSet<>();
        List<Node> rels = new ArrayList<>(suppliers.keySet());
        rels.sort((x, y) -> x.toString().compareTo(y.toString()));
        for (Node rel : rels) {
            Node customer = customers.get(rel);
            if (customer == null)
                continue;
            int a = s.node(suppliers.get(rel)), b = s.node(customer);
            backed.add(((long) a << 32) | b);
            s.add(a, b, Kind.supplies, rel, products.getOrDefault(rel, List.of()), year(started.get(rel)),
                  year(ended.get(rel)), year(validUntil.get(rel)), PLANNED.equals(status.get(rel)),
                  sources.getOrDefault(rel, List.of()), false);
        }
        g.find(Node.ANY, SUPPLIES_TO, Node.ANY).forEach(t -> {
            int a = s.node(t.getSubject()), b = s.node(t.getObject());
            if (backed.add(((long) a << 32) | b))
                s.add(a, b, Kind.supplies, null, List.of(), null, null, null, false, List.of(), false);
        });
        List<Triple> operators = g.find(Node.ANY, OPERATOR, Node.ANY).toList();
        for (Triple t : operators) {
            Integer facility = s.index.get(t.getSubject()), org = s.index.get(t.getObject());
            if (facility == null && org == null)
                continue;
            int f = facility == null ? s.node(t.getSubject()) : facility, o = org == null ? s.node(t.getObject()) : org;
            s.add(o, f, Kind.operates, null, List.of(), null, null, null, false, List.of(), false);
            s.add(f, o, Kind.operates, null, List.of(), null, null, null, false, List.of(), true);
        }
        Set<Node> productSet = new HashSet<>();
        s.edges.forEach(e -> productSet.addAll(e.products()));
        for (Node p : productSet)
            s.broaderOrSelf.put(p, ancestors(g, p));
        for (Node p : List.of(LABEL, PREF_LABEL))
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                Node n = t.getSubject();
                if (t.getObject().isLiteral() && (s.index.containsKey(n) || productSet.contains(n)))
                    s.label(n, t.getObject());
            });
        g.find(Node.ANY, TYPE, Node.ANY).forEach(t -> {
            Integer i = s.index.get(t.getSubject());
            if (i != null && t.getObject().isURI() && t.getObject().getURI().startsWith(Alu.NS))
                s.types.computeIfAbsent(i, k -> new ArrayList<>(1)).add(t.getObject().getURI().substring(Alu.NS.length()));
        });
        s.types.values().forEach(Collections::sort);
        s.index();
        return s;
    }

    @SuppressWarnings("unchecked")
    private void index() {
        int n = nodes.size();
        iris = new String[n];
        nodeLabels = new String[][] {new String[n], new String[n]};
        nodeTypes = new List[n];
        for (int i = 0; i < n; i++) {
            Node x = nodes.get(i);
            iris[i] = x.isURI() ? x.getURI() : x.toString();
            nodeLabels[0][i] = label(x, "en");
            nodeLabels[1][i] = label(x, "fr");
            nodeTypes[i] = types.getOrDefault(i, List.of());
        }
        details = new TraceResult.TracedEdge[2][edges.size()];
    }

    /** Keeps the first English (or untagged) and the first French label of {@code n}. */
    private void label(Node n, Node literal) {
        String[] l = labels.computeIfAbsent(n, k -> new String[2]);
        String lang = literal.getLiteralLanguage();
        int slot = lang.startsWith("fr") ? 1 : 0;
        if (l[slot] == null && (slot == 1 || lang.isEmpty() || lang.startsWith("en")))
            l[slot] = literal.getLiteralLexicalForm();
    }

    private static Map<Node, Node> objectOf(Graph g, Node p) {
        Map<Node, Node> m = new HashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEach(t -> m.putIfAbsent(t.getSubject(), t.getObject()));
        return m;
    }

    private static Map<Node, List<Node>> objectsOf(Graph g, Node p) {
        Map<Node, List<Node>> m = new HashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEach(t -> m.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(1))
                                                    .add(t.getObject()));
        m.values().forEach(l -> l.sort((x, y) -> x.toString().compareTo(y.toString())));
        return m;
    }

    private static Set<Node> ancestors(Graph g, Node p) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(p));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (seen.add(n))
                g.find(n, BROADER, Node.ANY).forEach(t -> todo.add(t.getObject()));
        }
        return seen;
    }

    private static Integer year(Node o) {
        if (o == null || !o.isLiteral())
            return null;
        String lex = o.getLiteralLexicalForm();
        try {
            return Integer.parseInt(lex.length() >= 4 ? lex.substring(0, 4) : lex);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int node(Node n) {
        Integer i = index.get(n);
        if (i != null)
            return i;
        nodes.add(n);
        out.add(new ArrayList<>(2));
        in.add(new ArrayList<>(2));
        index.put(n, nodes.size() - 1);
        return nodes.size() - 1;
    }

    private void add(int from, int to, Kind kind, Node rel, List<Node> products, Integer started, Integer ended,
                     Integer validUntil, boolean planned, List<Node> sources, boolean reverse) {
        Edge e = new Edge(edges.size(), from, to, kind, rel, products, started, ended, validUntil, planned, sources,
                          reverse);
        edges.add(e);
        out.get(from).add(e);
        in.get(to).add(e);
    }

    // ---- reading the snapshot --------------------------------------------------------------------------------

    int size() { return nodes.size(); }

    int edgeCount() { return edges.size(); }

    Integer indexOf(Node n) { return index.get(n); }

    Node node(int i) { return nodes.get(i); }

    List<Edge> out(int i) { return out.get(i); }

    List<Edge> in(int i) { return in.get(i); }

    /** The operator → facility edge of an operator link, whichever of its two edges is given. */
    Edge canonical(Edge e) { return e.reverse() ? edges.get(e.id() - 1) : e; }

    Edge edge(int id) { return edges.get(id); }

    /** The IRI of node {@code i}. */
    String iri(int i) { return iris[i]; }

    List<String> types(int i) { return nodeTypes[i]; }

    /** The label of node {@code i} in {@code lang} ("fr", else English), as {@link #label(Node, String)}. */
    String label(int i, String lang) { return nodeLabels["fr".equals(lang) ? 1 : 0][i]; }

    /** What a trace reports of edge {@code e} in {@code lang}: ends, kind and, for a supply link, its details. */
    TraceResult.TracedEdge detail(Edge e, String lang) {
        TraceResult.TracedEdge[] cache = details["fr".equals(lang) ? 1 : 0];
        TraceResult.TracedEdge d = cache[e.id()];
        if (d != null)
            return d;
        if (e.kind() == Kind.operates)
            d = new TraceResult.TracedEdge(iris[e.from()], iris[e.to()], e.kind().name(), null, null, null, null, null,
                                           null, null);
        else
            d = new TraceResult.TracedEdge(iris[e.from()], iris[e.to()], e.kind().name(),
                                           e.relationship() == null ? null : e.relationship().getURI(),
                                           e.products().stream()
                                               .map(p -> new TraceResult.Product(p.getURI(), label(p, lang))).toList(),
                                           e.startedIn(), e.endedIn(), e.validUntil(), e.planned(),
                                           e.sources().stream().map(Node::getURI).toList());
        // Records are immutable: a trace on another thread sees either null (and makes its own) or a whole one.
        cache[e.id()] = d;
        return d;
    }

    /** This thread's marks over the nodes, emptied. */
    Marks nodeMarks() { return nodeMarks.get().clear(); }

    /** This thread's marks over the edges, emptied. */
    Marks edgeMarks() { return edgeMarks.get().clear(); }

    /**
     * A value per node (or edge) of this snapshot, for one step of one trace on one thread: emptied in constant time
     * by a new epoch, so that a trace costs what it finds and not what the network holds.
     */
    static final class Marks {
        private final int[] epochs, values;
        private int epoch;

        private Marks(int size) {
            epochs = new int[size];
            values = new int[size];
        }

        private Marks clear() {
            if (++epoch == Integer.MAX_VALUE) {
                Arrays.fill(epochs, 0);
                epoch = 1;
            }
            return this;
        }

        boolean has(int i) { return epochs[i] == epoch; }

        int get(int i) { return values[i]; }

        void put(int i, int value) {
            epochs[i] = epoch;
            values[i] = value;
        }
    }

    /** The label of a node or product in {@code lang} ("en" or "fr"), falling back on the other, then the IRI. */
    String label(Node n, String lang) {
        String[] l = labels.get(n);
        int first = "fr".equals(lang) ? 1 : 0;
        if (l != null && l[first] != null)
            return l[first];
        if (l != null && l[1 - first] != null)
            return l[1 - first];
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.startsWith(Alu.ID) ? s.substring(Alu.ID.length()) : s;
    }

    /** True when {@code product} is {@code wanted} or narrower than it (skos:broader, transitively). */
    boolean isA(Node product, Node wanted) {
        Set<Node> up = broaderOrSelf.get(product);
        return up == null ? product.equals(wanted) : up.contains(wanted);
    }

    /** True when some product concept of the network is, or is narrower than, {@code wanted}. */
    boolean knowsProduct(Node wanted) {
        return broaderOrSelf.values().stream().anyMatch(s -> s.contains(wanted));
    }
}
