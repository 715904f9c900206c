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
 * does not change and is shared by every thread. {@link SupplyNetworkPatch} makes the network of a later version from
 * a copy of it that shares what the change leaves alone.
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
    private final List<Node> nodes;
    private final Map<Node, Integer> index;
    private final List<Edge> edges;
    private final List<List<Edge>> out, in;
    private final Map<Node, String[]> labels;
    private final Map<Integer, List<String>> types;
    private final Map<Node, Set<Node>> broaderOrSelf;
    /** The supply edge of each relationship, made by {@link #seal}. */
    private Map<Node, Integer> relationshipEdge;
    /** In a copy being patched, the nodes whose edge lists are its own (the others are shared with the original). */
    private final Set<Integer> ownLists;
    /** Per node, made by {@link #seal}: its IRI, its label in English and in French, its types. */
    private String[] iris;
    private String[][] nodeLabels;
    private List<String>[] nodeTypes;
    /** Per edge and language (English, French), what a trace reports of it, made on first use and then shared. */
    private TraceResult.TracedEdge[][] details;
    private final ThreadLocal<Marks> nodeMarks = ThreadLocal.withInitial(() -> new Marks(size())),
        edgeMarks = ThreadLocal.withInitial(() -> new Marks(edgeCount()));

    /** An empty network whose nodes without a label are called by their short form under {@code base}. */
    SupplyNetwork(String base) {
        this.base = base;
        nodes = new ArrayList<>();
        index = new HashMap<>();
        edges = new ArrayList<>();
        out = new ArrayList<>();
        in = new ArrayList<>();
        labels = new HashMap<>();
        types = new HashMap<>();
        broaderOrSelf = new HashMap<>();
        ownLists = null;
    }

    /** A copy of the sealed network {@code of} to patch: its per-node edge lists are copied when first changed. */
    SupplyNetwork(SupplyNetwork of) {
        base = of.base;
        nodes = new ArrayList<>(of.nodes);
        index = LayeredMap.over(of.index);
        edges = new ArrayList<>(of.edges);
        out = new ArrayList<>(of.out);
        in = new ArrayList<>(of.in);
        labels = LayeredMap.over(of.labels);
        types = LayeredMap.over(of.types);
        broaderOrSelf = new HashMap<>(of.broaderOrSelf);
        relationshipEdge = LayeredMap.over(of.relationshipEdge);
        iris = of.iris;
        nodeLabels = of.nodeLabels;
        nodeTypes = of.nodeTypes;
        ownLists = new java.util.HashSet<>();
    }

    private List<Edge> own(List<List<Edge>> lists, int i) {
        if (ownLists != null && ownLists.add(i)) {
            out.set(i, new ArrayList<>(out.get(i)));
            in.set(i, new ArrayList<>(in.get(i)));
        }
        return lists.get(i);
    }

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
        if (ownLists != null)
            ownLists.add(nodes.size() - 1);
        return nodes.size() - 1;
    }

    void add(int from, int to, Kind kind, Node rel, List<Node> products, Integer started, Integer ended,
             Integer validUntil, boolean planned, List<Node> sources, boolean reverse) {
        Edge e = new Edge(edges.size(), from, to, kind, rel, products, started, ended, validUntil, planned, sources,
                          reverse);
        edges.add(e);
        own(out, from).add(e);
        own(in, to).add(e);
        if (relationshipEdge != null && kind == Kind.supplies && rel != null)
            relationshipEdge.put(rel, e.id());
    }

    // ---- patching (SupplyNetworkPatch, on a copy) ----------------------------------------------------------------

    /** Takes edge {@code e} out of its nodes' lists (its number stays taken). */
    void remove(Edge e) {
        own(out, e.from()).remove(e);
        own(in, e.to()).remove(e);
        if (e.relationship() != null && e.kind() == Kind.supplies)
            relationshipEdge.remove(e.relationship(), e.id());
    }

    /** The supply edge of relationship {@code rel}, or null. */
    Edge edgeOf(Node rel) {
        Integer id = relationshipEdge.get(rel);
        return id == null ? null : edges.get(id);
    }

    /** Forgets node {@code n} when no edge is left on it, as a network read afresh would not have it. */
    void forgetIfAlone(int i) {
        if (out.get(i).isEmpty() && in.get(i).isEmpty())
            index.remove(nodes.get(i), i);
    }

    /** Forgets the labels of {@code n}, to give it those it has now. */
    void unlabel(Node n) { labels.remove(n); }

    /** Gives node {@code i} these types of ours, in place of those it had. */
    void retype(int i, List<String> localNames) {
        if (localNames.isEmpty())
            types.remove(i);
        else
            types.put(i, localNames.stream().sorted().toList());
    }

    /** True when {@code n} is a product of some link, or a concept one is narrower than. */
    boolean isProductConcept(Node n) {
        if (broaderOrSelf.containsKey(n))
            return true;
        for (Set<Node> up : broaderOrSelf.values())
            if (up.contains(n))
                return true;
        return false;
    }

    /** Makes the per-node tables of a patched copy again for the nodes {@code changed} and the nodes added. */
    SupplyNetwork sealPatched(Set<Integer> changed) {
        int n = nodes.size(), had = iris.length;
        iris = java.util.Arrays.copyOf(iris, n);
        nodeLabels = new String[][] {java.util.Arrays.copyOf(nodeLabels[0], n), java.util.Arrays.copyOf(nodeLabels[1], n)};
        nodeTypes = java.util.Arrays.copyOf(nodeTypes, n);
        Set<Integer> again = new java.util.HashSet<>(changed);
        for (int i = had; i < n; i++)
            again.add(i);
        for (int i : again)
            tables(i);
        details = new TraceResult.TracedEdge[2][edges.size()];
        return this;
    }

    private void tables(int i) {
        Node x = nodes.get(i);
        iris[i] = x.isURI() ? x.getURI() : x.toString();
        nodeLabels[0][i] = label(x, "en");
        nodeLabels[1][i] = label(x, "fr");
        nodeTypes[i] = types.getOrDefault(i, List.of());
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
        for (int i = 0; i < n; i++)
            tables(i);
        details = new TraceResult.TracedEdge[2][edges.size()];
        relationshipEdge = new HashMap<>();
        for (Edge e : edges)
            if (e.kind() == Kind.supplies && e.relationship() != null)
                relationshipEdge.putIfAbsent(e.relationship(), e.id());
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
