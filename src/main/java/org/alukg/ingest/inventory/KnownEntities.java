package org.alukg.ingest.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * The organisations and facilities already in the store, indexed to link inventory rows to them: by IRI, by
 * identifier (org:identifier, e.g. a NEQ), and by normalised name (labels and alternative labels) with their
 * municipalities. Read once per import, inside its write transaction.
 */
final class KnownEntities {
    private static final String QUERY = """
        PREFIX alu: <https://w3id.org/alukg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT DISTINCT ?x ?what ?value WHERE {
          ?x a ?c . ?c rdfs:subClassOf* ?top . VALUES ?top { alu:Organization alu:Facility }
          { ?x rdfs:label|skos:altLabel ?v BIND("name" AS ?what) }
          UNION { ?x org:identifier ?v BIND("id" AS ?what) }
          UNION { ?x alu:municipality ?v BIND("municipality" AS ?what) }
          UNION { ?f alu:operator ?x ; alu:municipality ?v BIND("municipality" AS ?what) }
          BIND(STR(?v) AS ?value)
        }""";

    private final Map<String, Set<Node>> byName = new HashMap<>();
    private final Map<String, Set<Node>> byIdentifier = new HashMap<>();
    private final Map<Node, Set<String>> municipalities = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();
    private final Set<Node> known = new LinkedHashSet<>();
    private final DatasetGraph store;

    KnownEntities(DatasetGraph dsg) {
        this.store = dsg;
        try (QueryExecution qe = QueryExecution.create().query(QUERY).dataset(DatasetFactory.wrap(dsg))
                .set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(this::add);
        }
    }

    private void add(QuerySolution s) {
        Node x = s.get("x").asNode();
        String v = s.getLiteral("value").getString();
        known.add(x);
        switch (s.getLiteral("what").getString()) {
            case "name" -> {
                byName.computeIfAbsent(Names.normalise(v), k -> new LinkedHashSet<>()).add(x);
                labels.putIfAbsent(x, v);
            }
            case "id" -> byIdentifier.computeIfAbsent(v.strip(), k -> new LinkedHashSet<>()).add(x);
            default -> municipalities.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(Names.normalise(v));
        }
    }

    /** True when {@code iri} is an organisation or facility in the store. */
    boolean exists(Node iri) { return known.contains(iri); }

    /** True when anything in the store uses {@code iri} as a subject: a minted IRI must not. */
    boolean inUse(Node iri) { return known.contains(iri) || store.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext(); }

    Set<Node> byIdentifier(String identifier) { return byIdentifier.getOrDefault(identifier, Set.of()); }

    Set<Node> byName(String name) { return byName.getOrDefault(Names.normalise(name), Set.of()); }

    /** A label of a node in the store, for messages and comments. */
    String label(Node n) { return labels.getOrDefault(n, n.getURI()); }

    /** The candidates whose municipality (or that of a facility they operate) contains {@code municipality}. */
    List<Node> inMunicipality(Set<Node> candidates, String municipality) {
        String m = Names.normalise(municipality);
        List<Node> out = new ArrayList<>();
        for (Node c : candidates)
            for (String cm : municipalities.getOrDefault(c, Set.of()))
                if ((" " + cm + " ").contains(" " + m + " ")) {
                    out.add(c);
                    break;
                }
        return out;
    }

    boolean hasMunicipality(Node n) { return municipalities.containsKey(n); }
}
