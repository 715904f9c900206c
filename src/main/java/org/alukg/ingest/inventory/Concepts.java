package org.alukg.ingest.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/** The regions, industries and products of the graph, found by IRI slug, label, alternative label or code. */
final class Concepts {
    private static final String QUERY = """
        PREFIX alu: <https://w3id.org/alukg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?x ?c ?v WHERE {
          VALUES ?c { alu:Region alu:Industry alu:Product }
          ?x a ?c . ?x rdfs:label|skos:prefLabel|skos:altLabel|skos:notation ?v
        }""";

    private final Map<String, Node> index = new HashMap<>();

    Concepts(DatasetGraph dsg) {
        try (QueryExecution qe = QueryExecution.create().query(QUERY).dataset(DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(s -> {
                Node x = s.get("x").asNode();
                Node c = s.get("c").asNode();
                index.putIfAbsent(key(c, s.getLiteral("v").getString()), x);
                String iri = x.getURI();
                index.putIfAbsent(key(c, iri.substring(iri.lastIndexOf('/') + 1)), x);
            });
        }
    }

    /** The concept of class {@code cls} that {@code text} names. */
    Optional<Node> find(Node cls, String text) { return Optional.ofNullable(index.get(key(cls, text))); }

    private static String key(Node cls, String text) { return cls.getURI() + " " + Names.normalise(text); }
}
