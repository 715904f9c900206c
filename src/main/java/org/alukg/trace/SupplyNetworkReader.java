package org.alukg.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alukg.trace.SupplyNetwork.Kind;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the {@link SupplyNetwork} out of the store's union graph, by predicate, one scan each, so that the cost grows
 * with the network and not with lookups per node. The caller holds the read transaction.
 */
final class SupplyNetworkReader {
    static final Node SUPPLIER = Alu.supplier.asNode(), CUSTOMER = Alu.customer.asNode(),
        PRODUCT = Alu.product.asNode(), SUPPLIES_TO = Alu.suppliesTo.asNode(), OPERATOR = Alu.operator.asNode(),
        STARTED_IN = NodeFactory.createURI(Alu.NS + "startedIn"), ENDED_IN = NodeFactory.createURI(Alu.NS + "endedIn"),
        VALID_UNTIL = NodeFactory.createURI(Alu.NS + "validUntil"), STATUS = NodeFactory.createURI(Alu.NS + "status"),
        PLANNED = NodeFactory.createURI(Alu.NS + "Planned"), SOURCE = DCTerms.source.asNode(),
        LABEL = RDFS.label.asNode(), PREF_LABEL = SKOS.prefLabel.asNode(), BROADER = SKOS.broader.asNode(),
        TYPE = RDF.type.asNode(), FUNDER = NodeFactory.createURI(Alu.NS + "funder"), RECIPIENT = NodeFactory.createURI(Alu.NS + "recipient"),
        OWNER = NodeFactory.createURI(Alu.NS + "owner"), OWNED = NodeFactory.createURI(Alu.NS + "ownedEntity"), YEAR = NodeFactory.createURI(Alu.NS + "year");

    private SupplyNetworkReader() {}

    /** The supply network of {@code g}; nodes without a label are called by their short form under {@code base}. */
    static SupplyNetwork read(Graph g, String base) { return read(g, base, Set.of()); }

    /** The supply network of {@code g} with the links of the kinds in {@code include}. */
    static SupplyNetwork read(Graph g, String base, Set<Include> include) {
        SupplyNetwork s = new SupplyNetwork(base);
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
        if (include.contains(Include.funding))
            links(g, s, Kind.funds, FUNDER, RECIPIENT, objectOf(g, YEAR), ended, sources);
        if (include.contains(Include.ownership))
            links(g, s, Kind.owns, OWNER, OWNED, started, ended, sources);
        List<Triple> operators = g.find(Node.ANY, OPERATOR, Node.ANY).toList();
        for (Triple t : operators) {
            if (!s.contains(t.getSubject()) && !s.contains(t.getObject()))
                continue;
            int f = s.node(t.getSubject()), o = s.node(t.getObject());
            s.add(o, f, Kind.operates, null, List.of(), null, null, null, false, List.of(), false);
            s.add(f, o, Kind.operates, null, List.of(), null, null, null, false, List.of(), true);
        }
        Set<Node> productSet = new HashSet<>();
        for (int e = 0; e < s.edgeCount(); e++)
            productSet.addAll(s.edge(e).products());
        for (Node p : productSet)
            s.broaderOrSelf(p, ancestors(g, p));
        for (Node p : List.of(LABEL, PREF_LABEL))
            g.find(Node.ANY, p, Node.ANY).forEach(t -> {
                Node n = t.getSubject();
                if (t.getObject().isLiteral() && (s.contains(n) || productSet.contains(n)))
                    s.label(n, t.getObject());
            });
        g.find(Node.ANY, TYPE, Node.ANY).forEach(t -> {
            Integer i = s.indexOf(t.getSubject());
            if (i != null && t.getObject().isURI() && t.getObject().getURI().startsWith(Alu.NS))
                s.type(i, t.getObject().getURI().substring(Alu.NS.length()));
        });
        return s.seal();
    }

    /**
     * One edge of {@code kind} per statement node with a {@code from} and a {@code to} (a funding from its funder to
     * its recipient, an ownership from its owner to what it owns), in force from its start year to its end year.
     */
    private static void links(Graph g, SupplyNetwork s, Kind kind, Node from, Node to, Map<Node, Node> started,
                              Map<Node, Node> ended, Map<Node, List<Node>> sources) {
        Map<Node, Node> froms = objectOf(g, from), tos = objectOf(g, to);
        List<Node> statements = new ArrayList<>(froms.keySet());
        statements.sort((x, y) -> x.toString().compareTo(y.toString()));
        for (Node st : statements) {
            Node target = tos.get(st);
            if (target != null)
                s.add(s.node(froms.get(st)), s.node(target), kind, st, List.of(), year(started.get(st)),
                      year(ended.get(st)), null, false, sources.getOrDefault(st, List.of()), false);
        }
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

    static Set<Node> ancestors(Graph g, Node p) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(p));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (seen.add(n))
                g.find(n, BROADER, Node.ANY).forEach(t -> todo.add(t.getObject()));
        }
        return seen;
    }

    /** The year a gYear, date or dateTime literal starts with; null for anything else. */
    static Integer year(Node o) {
        if (o == null || !o.isLiteral())
            return null;
        String lex = o.getLiteralLexicalForm();
        try {
            return Integer.parseInt(lex.length() >= 4 ? lex.substring(0, 4) : lex);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
