package org.alukg.trace;

import static org.alukg.trace.SupplyNetworkReader.CUSTOMER;
import static org.alukg.trace.SupplyNetworkReader.ENDED_IN;
import static org.alukg.trace.SupplyNetworkReader.LABEL;
import static org.alukg.trace.SupplyNetworkReader.OPERATOR;
import static org.alukg.trace.SupplyNetworkReader.PLANNED;
import static org.alukg.trace.SupplyNetworkReader.PREF_LABEL;
import static org.alukg.trace.SupplyNetworkReader.PRODUCT;
import static org.alukg.trace.SupplyNetworkReader.SOURCE;
import static org.alukg.trace.SupplyNetworkReader.STARTED_IN;
import static org.alukg.trace.SupplyNetworkReader.STATUS;
import static org.alukg.trace.SupplyNetworkReader.SUPPLIER;
import static org.alukg.trace.SupplyNetworkReader.SUPPLIES_TO;
import static org.alukg.trace.SupplyNetworkReader.TYPE;
import static org.alukg.trace.SupplyNetworkReader.VALID_UNTIL;
import static org.alukg.trace.SupplyNetworkReader.year;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alukg.trace.SupplyNetwork.Edge;
import org.alukg.trace.SupplyNetwork.Kind;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * The supply network of a later version made from the network of an earlier one and the subjects the commits in
 * between wrote, by looking those subjects up in the store instead of reading the whole network again: a write of a
 * few triples is followed in milliseconds where a read of a large network takes seconds. Everything a network holds is
 * read from the subject of a triple (a relationship's ends, products, years and sources; a bare {@code suppliesTo};
 * a facility's operator; a node's labels and types), so what else changes is what those subjects touch: the ends
 * of their links, the bare links those ends now have or lose, and the operator links of nodes that join.
 * <p>
 * Edges that go are taken out of their nodes' lists and new ones are added at the end, so a patched network lists a
 * node's edges in another order than one read afresh; the nodes, edges and their details are the same. A change to
 * the product hierarchy (a {@code skos:broader}, or a product concept written) is not followed here: the caller reads
 * the whole network again.
 */
final class SupplyNetworkPatch {
    private static final Node BROADER = SKOS.broader.asNode();

    private SupplyNetworkPatch() {}

    /** The network of {@code g} (the store's union graph at the later version), or null to read it afresh. */
    static SupplyNetwork apply(SupplyNetwork old, Graph g, Set<Node> touched) {
        for (Node s : touched)
            if (old.isProductConcept(s) || g.contains(s, BROADER, Node.ANY))
                return null;
        SupplyNetwork n = new SupplyNetwork(old);
        int had = n.size();
        Set<List<Node>> pairs = new LinkedHashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Node s : touched) {
            Edge was = n.edgeOf(s);
            if (was != null) {
                pairs.add(List.of(n.node(was.from()), n.node(was.to())));
                ends.add(was.from());
                ends.add(was.to());
                n.remove(was);
            }
            Node supplier = objectOf(g, s, SUPPLIER), customer = objectOf(g, s, CUSTOMER);
            if (supplier != null && customer != null) {
                int a = n.node(supplier), b = n.node(customer);
                n.add(a, b, Kind.supplies, s, objectsOf(g, s, PRODUCT), year(objectOf(g, s, STARTED_IN)),
                      year(objectOf(g, s, ENDED_IN)), year(objectOf(g, s, VALID_UNTIL)),
                      PLANNED.equals(objectOf(g, s, STATUS)), objectsOf(g, s, SOURCE), false);
                pairs.add(List.of(supplier, customer));
            }
            Integer i = n.indexOf(s);
            if (i != null)
                for (Edge e : n.out(i))
                    if (e.kind() == Kind.supplies && e.relationship() == null)
                        pairs.add(List.of(s, n.node(e.to())));
            g.find(s, SUPPLIES_TO, Node.ANY).forEach(t -> pairs.add(List.of(s, t.getObject())));
        }
        // A bare suppliesTo is a link of its own only while no relationship backs the same two firms.
        for (List<Node> p : pairs) {
            Node a = p.get(0), b = p.get(1);
            boolean wanted = g.contains(a, SUPPLIES_TO, b) && !backed(n, a, b);
            Edge bare = bare(n, a, b);
            if (wanted && bare == null)
                n.add(n.node(a), n.node(b), Kind.supplies, null, List.of(), null, null, null, false, List.of(), false);
            else if (!wanted && bare != null) {
                ends.add(bare.from());
                ends.add(bare.to());
                n.remove(bare);
            }
        }
        operators(n, g, touched, had);
        for (int i : ends)
            n.forgetIfAlone(i);

        Set<Integer> changed = new HashSet<>();
        Set<Node> relabel = new HashSet<>();
        for (Node s : touched) {
            Integer i = n.indexOf(s);
            if (i != null) {
                changed.add(i);
                relabel.add(s);
            }
        }
        for (int i = had; i < n.size(); i++)
            relabel.add(n.node(i));
        for (int e = old.edgeCount(); e < n.edgeCount(); e++)
            for (Node product : n.edge(e).products())
                if (!n.isProductConcept(product)) {
                    n.broaderOrSelf(product, SupplyNetworkReader.ancestors(g, product));
                    relabel.add(product);
                }
        for (Node x : relabel) {
            n.unlabel(x);
            for (Node p : List.of(LABEL, PREF_LABEL))
                g.find(x, p, Node.ANY).forEach(t -> {
                    if (t.getObject().isLiteral())
                        n.label(x, t.getObject());
                });
            Integer i = n.indexOf(x);
            if (i != null) {
                List<String> types = new ArrayList<>();
                g.find(x, TYPE, Node.ANY).forEach(t -> {
                    if (t.getObject().isURI() && t.getObject().getURI().startsWith(Alu.NS))
                        types.add(t.getObject().getURI().substring(Alu.NS.length()));
                });
                n.retype(i, types);
                changed.add(i);
            }
        }
        return n.sealPatched(changed);
    }

    /**
     * The operator links of the facilities written and of the nodes that joined the network: a facility's link to its
     * operator is there while one of the two is in the network.
     */
    private static void operators(SupplyNetwork n, Graph g, Set<Node> touched, int had) {
        Set<Node> facilities = new LinkedHashSet<>();
        for (Node s : touched) {
            Integer i = n.indexOf(s);
            if (i != null)
                for (Edge e : List.copyOf(n.in(i)))
                    if (e.kind() == Kind.operates && !e.reverse()) {
                        n.remove(e);
                        n.remove(n.edge(e.id() + 1));
                    }
            facilities.add(s);
        }
        for (int i = had; i < n.size(); i++) {
            Node joined = n.node(i);
            facilities.add(joined);
            g.find(Node.ANY, OPERATOR, joined).forEach(t -> facilities.add(t.getSubject()));
        }
        for (Node f : facilities)
            for (Triple t : g.find(f, OPERATOR, Node.ANY).toList()) {
                Node o = t.getObject();
                if (!n.contains(f) && !n.contains(o) || operates(n, o, f))
                    continue;
                int fi = n.node(f), oi = n.node(o);
                n.add(oi, fi, Kind.operates, null, List.of(), null, null, null, false, List.of(), false);
                n.add(fi, oi, Kind.operates, null, List.of(), null, null, null, false, List.of(), true);
            }
    }

    private static boolean operates(SupplyNetwork n, Node operator, Node facility) {
        Integer o = n.indexOf(operator), f = n.indexOf(facility);
        if (o == null || f == null)
            return false;
        for (Edge e : n.out(o))
            if (e.kind() == Kind.operates && !e.reverse() && e.to() == f)
                return true;
        return false;
    }

    private static boolean backed(SupplyNetwork n, Node a, Node b) { return supplyEdge(n, a, b, true) != null; }

    private static Edge bare(SupplyNetwork n, Node a, Node b) { return supplyEdge(n, a, b, false); }

    /** A supply edge from {@code a} to {@code b} with a relationship behind it, or a bare one; null when none. */
    private static Edge supplyEdge(SupplyNetwork n, Node a, Node b, boolean withRelationship) {
        Integer i = n.indexOf(a), j = n.indexOf(b);
        if (i == null || j == null)
            return null;
        for (Edge e : n.out(i))
            if (e.kind() == Kind.supplies && (e.relationship() != null) == withRelationship && e.to() == j)
                return e;
        return null;
    }

    /** The first object of ({@code s p ?}) in the store's order, as the reader keeps it; null when none. */
    private static Node objectOf(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The objects of ({@code s p ?}), sorted as the reader sorts them. */
    private static List<Node> objectsOf(Graph g, Node s, Node p) {
        List<Node> l = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> l.add(t.getObject()));
        l.sort((x, y) -> x.toString().compareTo(y.toString()));
        return l.isEmpty() ? List.of() : l;
    }
}
