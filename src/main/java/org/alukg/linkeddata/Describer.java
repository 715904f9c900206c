package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alukg.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The description of a resource, read from the union graph with SPARQL CONSTRUCTs, the resource bound as an RDF
 * term: its symmetric concise bounded description; the relationship nodes that involve it (ownerships — also those
 * of the organisation that operates it —, supply relationships, partnerships, memberships, dated values, events, fundings, statistical observations) with all their
 * statements; the sources those cite, in full; and the labels of every resource it links to.
 */
final class Describer {
    private static final String PREFIXES = """
        PREFIX alu:  <https://w3id.org/alukg/ontology#>
        PREFIX org:  <http://www.w3.org/ns/org#>
        PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dct:  <http://purl.org/dc/terms/>
        PREFIX qb:   <http://purl.org/linked-data/cube#>
        """;

    /** The resource itself, both ways, and the relationship nodes that involve it. */
    private static final Query CORE = QueryFactory.create(PREFIXES + """
        CONSTRUCT { ?s ?p ?o } WHERE {
          { ?r ?p ?o BIND(?r AS ?s) }
          UNION
          { ?s ?p ?r BIND(?r AS ?o) }
          UNION
          { { ?s ?link ?r } UNION { ?r ?link ?s } UNION { ?r alu:operator ?operator . ?s alu:ownedEntity ?operator }
            ?s rdf:type/rdfs:subClassOf* ?kind
            VALUES ?kind { alu:Ownership alu:SupplyRelationship alu:Partnership org:Membership alu:DatedValue alu:Event alu:Funding qb:Observation }
            ?s ?p ?o }
        }
        """);

    /** Sources, in full. */
    private static final Query SOURCES = QueryFactory.create(PREFIXES + "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }");

    /** Names of linked resources. */
    private static final Query LABELS = QueryFactory.create(PREFIXES + """
        CONSTRUCT { ?x ?p ?label } WHERE {
          ?x ?p ?label VALUES ?p { rdfs:label skos:prefLabel dct:title }
        }
        """);

    private static final Node DCT_SOURCE = DCTerms.source.asNode();
    private static final Node RDF_TYPE = RDF.Nodes.type;

    private final Store store;

    Describer(Store store) { this.store = store; }

    /** The statements about {@code resource} that only the inferred graph holds (the RDFS closure of the data). */
    Set<Triple> inferred(Node resource) {
        return store.read(() -> {
            Set<Triple> out = new java.util.HashSet<>();
            store.dataset().find(org.alukg.vocab.Alu.GRAPH_INFERRED, resource, Node.ANY, Node.ANY)
                 .forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    /** The description of {@code resource}; empty when the store knows nothing about it. */
    Graph describe(Node resource) {
        return store.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            construct(CORE, "r", resource, g);
            closeBlankNodes(g);
            if (g.isEmpty())
                return g;
            Set<Node> sources = new LinkedHashSet<>();
            g.find(Node.ANY, DCT_SOURCE, Node.ANY).forEachRemaining(t -> sources.add(t.getObject()));
            constructFor(SOURCES, "x", sources, g);
            Set<Node> linked = new LinkedHashSet<>();
            g.find().forEachRemaining(t -> {
                if (t.getSubject().isURI())
                    linked.add(t.getSubject());
                if (t.getObject().isURI() && !t.getPredicate().equals(RDF_TYPE))
                    linked.add(t.getObject());
            });
            linked.remove(resource);
            constructFor(LABELS, "x", linked, g);
            return g;
        });
    }

    /** The names of the properties and classes a description uses, for its page. */
    Graph vocabulary(Graph description) {
        Set<Node> terms = new LinkedHashSet<>();
        description.find().forEachRemaining(t -> {
            terms.add(t.getPredicate());
            if (t.getPredicate().equals(RDF_TYPE) && t.getObject().isURI())
                terms.add(t.getObject());
        });
        return store.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            constructFor(LABELS, "x", terms, g);
            return g;
        });
    }

    /** True when the store holds any statement about or pointing to {@code resource}. */
    boolean exists(Node resource) {
        return store.read(() -> store.dataset().getUnionGraph().contains(resource, Node.ANY, Node.ANY)
                                || store.dataset().getUnionGraph().contains(Node.ANY, Node.ANY, resource));
    }

    private void construct(Query query, String var, Node value, Graph into) {
        QueryExec.dataset(store.dataset()).query(query).substitution(var, value).build().construct(into);
    }

    /** Runs {@code query} once, with {@code VALUES ?var} built from the nodes. */
    private void constructFor(Query template, String var, Set<Node> values, Graph into) {
        if (values.isEmpty())
            return;
        Query q = template.cloneQuery();
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (Node n : values)
            rows.add(Binding.builder().add(v, n).build());
        q.setValuesDataBlock(List.of(v), rows);
        QueryExec.dataset(store.dataset()).query(q).build().construct(into);
    }

    /** The concise bounded description goes on through blank nodes, both ways. */
    private void closeBlankNodes(Graph g) {
        Graph union = store.dataset().getUnionGraph();
        Set<Node> done = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            List<Node> blanks = new ArrayList<>();
            g.find().forEachRemaining(t -> {
                if (t.getSubject().isBlank())
                    blanks.add(t.getSubject());
                if (t.getObject().isBlank())
                    blanks.add(t.getObject());
            });
            for (Node b : blanks) {
                if (!done.add(b))
                    continue;
                List<Triple> more = new ArrayList<>();
                union.find(b, Node.ANY, Node.ANY).forEachRemaining(more::add);
                union.find(Node.ANY, Node.ANY, b).forEachRemaining(more::add);
                for (Triple t : more)
                    if (!g.contains(t)) {
                        g.add(t);
                        grew = true;
                    }
            }
        }
    }
}
