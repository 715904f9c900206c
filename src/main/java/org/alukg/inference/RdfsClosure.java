package org.alukg.inference;

import java.util.HashSet;
import java.util.Set;

import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.RDFSFactory;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The part of the RDFS closure alukg materialises: what {@code rdfs:subClassOf} and {@code rdfs:subPropertyOf} entail
 * from the asserted data (types from subclasses, statements from subproperties, and the two hierarchies made
 * transitive). Domain and range are left out on purpose: the ontology gives many properties a domain that is a union
 * of classes, or a class that a node used loosely is not (see {@code DomainRangeTest}), and such types surprise a
 * reader. The entailment itself is Jena's ({@link RDFSFactory#streamRDFS}); this class chooses which asserted
 * triples to send through it, by index look-ups, so the work grows with the typed nodes, not with the store.
 */
public final class RdfsClosure {
    private RdfsClosure() {}

    /**
     * Whether the named graph {@code g} holds asserted data the closure follows: every graph but the closure itself,
     * the SHACL shapes and the bookkeeping of the store.
     */
    public static boolean isAsserted(Node g) {
        return !g.equals(Alu.GRAPH_INFERRED) && !g.equals(Alu.GRAPH_SHAPES) && !g.equals(Alu.GRAPH_META);
    }

    /** The triples the closure adds to the asserted data of {@code dsg} (read inside a transaction); none is asserted already. */
    public static Set<Triple> of(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        Hierarchies h = Hierarchies.of(dsg);
        if (h == null)
            return out;
        Graph hierarchy = h.graph();
        SetupRDFS setup = h.setup();
        Set<Node> classes = h.classes(), properties = h.properties();

        Set<Triple> asserted = new HashSet<>(hierarchy.find().toList());
        StreamRDF entailed = RDFSFactory.streamRDFS(collector(out), setup);
        // (x a C) for every class C, and (s p o) for every property p, of the hierarchies; those with superterms are entailed from
        for (Node c : classes)
            follow(dsg, Node.ANY, RDF.type.asNode(), c, setup.getSuperClasses(c), RDFS.subClassOf.asNode(), c, asserted, entailed, out);
        for (Node p : properties)
            follow(dsg, Node.ANY, p, Node.ANY, setup.getSuperProperties(p), RDFS.subPropertyOf.asNode(), p, asserted, entailed, out);
        out.removeAll(asserted);
        out.removeIf(t -> !t.getSubject().isURI() && !t.getSubject().isBlank());
        return out;
    }

    /**
     * The triples of {@link #of} whose subject is one of {@code subjects}: every triple the closure adds is about the
     * subject of the asserted triples it comes from (a type from a subclass, a statement from a subproperty, a term's
     * superterms), so after a change these are all that can differ, as long as the hierarchies did not change.
     */
    public static Set<Triple> about(DatasetGraph dsg, Set<Node> subjects) {
        Set<Triple> out = new HashSet<>();
        Hierarchies h = Hierarchies.of(dsg);
        if (h == null)
            return out;
        SetupRDFS setup = h.setup();
        Set<Node> classes = h.classes(), properties = h.properties();
        Set<Triple> asserted = new HashSet<>();
        StreamRDF entailed = RDFSFactory.streamRDFS(collector(out), setup);
        Node type = RDF.type.asNode();
        for (Node x : subjects) {
            if (!x.isURI() && !x.isBlank())
                continue;
            forEachAsserted(dsg, x, Node.ANY, Node.ANY, t -> {
                asserted.add(t);
                Node p = t.getPredicate();
                if (type.equals(p) ? classes.contains(t.getObject()) && !setup.getSuperClasses(t.getObject()).isEmpty()
                                   : properties.contains(p) && !setup.getSuperProperties(p).isEmpty())
                    entailed.triple(t);
            });
            if (classes.contains(x))
                supersOf(x, setup.getSuperClasses(x), RDFS.subClassOf.asNode(), out);
            if (properties.contains(x))
                supersOf(x, setup.getSuperProperties(x), RDFS.subPropertyOf.asNode(), out);
        }
        out.removeAll(asserted);
        out.removeIf(t -> !subjects.contains(t.getSubject()));
        return out;
    }

    private static void supersOf(Node term, Set<Node> supers, Node hierarchy, Set<Triple> out) {
        for (Node sup : supers)
            if (!sup.equals(term))
                out.add(Triple.create(term, hierarchy, sup));
    }

    /**
     * Records the asserted triples matching ({@code s p o}), sends them through the entailment when {@code term} has
     * superterms, and adds the transitive {@code term hierarchy super} statements.
     */
    private static void follow(DatasetGraph dsg, Node s, Node p, Node o, Set<Node> supers, Node hierarchy, Node term,
                               Set<Triple> asserted, StreamRDF entailed, Set<Triple> out) {
        forEachAsserted(dsg, s, p, o, t -> {
            asserted.add(t);
            if (!supers.isEmpty())
                entailed.triple(t);
        });
        supersOf(term, supers, hierarchy, out);
    }

    /** The asserted subclass and subproperty statements, Jena's RDFS set-up of them, and the terms of each. */
    private record Hierarchies(Graph graph, SetupRDFS setup, Set<Node> classes, Set<Node> properties) {
        /** Those of {@code dsg}; null when it has none. */
        static Hierarchies of(DatasetGraph dsg) {
            Graph g = hierarchy(dsg);
            return g.isEmpty() ? null : new Hierarchies(g, RDFSFactory.setupRDFS(g), termsOf(g, RDFS.subClassOf.asNode()),
                                                        termsOf(g, RDFS.subPropertyOf.asNode()));
        }
    }

    /** The subclass and subproperty statements of the asserted graphs. */
    private static Graph hierarchy(DatasetGraph dsg) {
        Graph g = GraphFactory.createGraphMem();
        forEachAsserted(dsg, Node.ANY, RDFS.subClassOf.asNode(), Node.ANY, g::add);
        forEachAsserted(dsg, Node.ANY, RDFS.subPropertyOf.asNode(), Node.ANY, g::add);
        return g;
    }

    private static Set<Node> termsOf(Graph hierarchy, Node predicate) {
        Set<Node> terms = new HashSet<>();
        hierarchy.find(Node.ANY, predicate, Node.ANY).forEachRemaining(t -> {
            terms.add(t.getSubject());
            terms.add(t.getObject());
        });
        return terms;
    }

    private static void forEachAsserted(DatasetGraph dsg, Node s, Node p, Node o, java.util.function.Consumer<Triple> action) {
        var it = dsg.find(Node.ANY, s, p, o);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (isAsserted(q.getGraph()))
                    action.accept(q.asTriple());
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static StreamRDF collector(Set<Triple> out) {
        return new StreamRDFBase() {
            @Override
            public void triple(Triple t) { out.add(t); }
        };
    }
}
