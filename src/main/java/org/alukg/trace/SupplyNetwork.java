package org.alukg.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Node;

/**
 * The supply network of one committed version of the store, held in memory: one node per organisation or facility
 * that appears in a supply relationship or an operator link, one edge per {@code alu:SupplyRelationship} (or per
 * bare {@code alu:suppliesTo} edge that no relationship backs), and one pair of {@code operates} edges per
 * {@code alu:operator} link between two such nodes. Nodes and edges are numbered from 0; a trace walks the numbers.
 * {@link SupplyNetworkReader} fills it, then {@link #seal} makes the per-node tables every trace reads; after that it
 * does not change and is shared by every thread.
 */
final class SupplyNetwork {
    /** What an edge stands for: a supply link, an operator link, or a link of a kind a trace asked to include. */
    enum Kind {
        supplies, operates, funds, owns;

        /** True for the links that lead one tier further (all but operator links). */
        boolean tiered() { return this != operates; }
    }

    /**
     * One edge. Years are null when the data does not say; {@code planned} for relationships only negotiated.
     * An operator link is a pair of edges, operator → facility and its {@code reverse} facility → operator.
     */
    record Edge(int id, int from, int to, Kind kind, Node relationship, List<Node> products, Integer startedIn,
                Integer endedIn, Integer validUntil, boolean planned, List<Node> sources, boolean reverse) {
        /** Edges are one per id in a network: compared by id, not by their lists. */
        @Override
        public boolean equals(Object o) { return o instanceof Edge e && e.id == id; }

        @Override
        public int hashCode() { return Integer.hashCode(id); }
    }

    private final String base;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> index = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<List<Edge>> out = new ArrayList<>(), in = new ArrayList<>();
    private final Map<Node, String[]> labels = new HashMap<>();
    private final Map<Integer, List<String>> types = new HashMap<>();
    private final Map<Node, Set<Node>> broaderOrSelf = new HashMap<>();
    /** Per node, made by {@link #seal}: its IRI, its label in English and in French, its types. */
    private String[] iris;
    private String[][] nodeLabels;
    private List<String>[] nodeTypes;
    /** Per edge and language (English, French), what a trace reports of it, made on first use and then shared. */
    private TraceResult.TracedEdge[][] details;
    private final ThreadLocal<Marks> nodeMarks = ThreadLocal.withInitial(() -> new Marks(nodes.size())),
        edgeMarks = ThreadLocal.withInitial(() -> new Marks(edges.size()));

    /** An empty network whose nodes without a label are called by their short form under {@code base}. */
    SupplyNetwork(String base) { this.base = base; }

    // ---- filling (the reader) ----------------------------------------------------------------------------------

    /** The number of node {@code n}, added when it is new. */
    int node(Node n) {
        Integer i = index.get(n);
        if (i != null)
            return i;
        nodes.add(n);
        out.add(new ArrayList<>(2));
        in.add(new ArrayList<>(2));
        index.put(n, nodes.size() - 1);
        return nodes.size() - 1;
    }

    void add(int from, int to, Kind kind, Node rel, List<Node> products, Integer started, Integer ended,
             Integer validUntil, boolean planned, List<Node> sources, boolean reverse) {
        Edge e = new Edge(edges.size(), from, to, kind, rel, products, started, ended, validUntil, planned, sources,
                          reverse);
        edges.add(e);
        out.get(from).add(e);
        in.get(to).add(e);
    }

    /** Keeps the first English (or untagged) and the first French label of {@code n}. */
    void label(Node n, Node literal) {
        String[] l = labels.computeIfAbsent(n, k -> new String[2]);
        String lang = literal.getLiteralLanguage();
        int slot = lang.startsWith("fr") ? 1 : 0;
        if (l[slot] == null && (slot == 1 || lang.isEmpty() || lang.startsWith("en")))
            l[slot] = literal.getLiteralLexicalForm();
    }

    /** Records that node {@code i} is of our class {@code localName}. */
    void type(int i, String localName) { types.computeIfAbsent(i, k -> new ArrayList<>(1)).add(localName); }

    /** Records the product concepts that {@code product} is, or is narrower than. */
    void broaderOrSelf(Node product, Set<Node> concepts) { broaderOrSelf.put(product, concepts); }

    /** Makes the per-node tables; the network is read-only afterwards. */
    @SuppressWarnings("unchecked")
    SupplyNetwork seal() {
        types.values().forEach(Collections::sort);
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
        return this;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    int size() { return nodes.size(); }

    int edgeCount() { return edges.size(); }

    /** The number of node {@code n}, or null when it is not in the network. */
    Integer indexOf(Node n) { return index.get(n); }

    boolean contains(Node n) { return index.containsKey(n); }

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
     * The label of a node or product in {@code lang} ("en" or "fr"), falling back on the other, then on its short
     * form under the base ({@code site/alma}), then on its IRI.
     */
    String label(Node n, String lang) {
        String[] l = labels.get(n);
        int first = "fr".equals(lang) ? 1 : 0;
        if (l != null && l[first] != null)
            return l[first];
        if (l != null && l[1 - first] != null)
            return l[1 - first];
        String s = n.isURI() ? n.getURI() : n.toString();
        return ShortForm.of(s, base).map(ShortForm::toString).orElse(s);
    }

    /** True when {@code product} is {@code wanted} or narrower than it (skos:broader, transitively). */
    boolean isA(Node product, Node wanted) {
        Set<Node> up = broaderOrSelf.get(product);
        return up == null ? product.equals(wanted) : up.contains(wanted);
    }
}
