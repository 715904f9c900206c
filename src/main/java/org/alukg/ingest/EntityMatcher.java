package org.alukg.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alukg.vocab.Alu;
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
final class EntityMatcher {
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

    EntityMatcher(DatasetGraph dsg) {
        var ds = DatasetFactory.wrap(dsg);
        try (QueryExecution qe = QueryExecution.create().query(QUERY).dataset(ds)
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
                byName.computeIfAbsent(normalise(v), k -> new LinkedHashSet<>()).add(x);
                labels.putIfAbsent(x, v);
            }
            case "id" -> byIdentifier.computeIfAbsent(v.strip(), k -> new LinkedHashSet<>()).add(x);
            default -> municipalities.computeIfAbsent(x, k -> new LinkedHashSet<>()).add(normalise(v));
        }
    }

    /** True when {@code iri} is an organisation or facility in the store. */
    boolean exists(Node iri) { return known.contains(iri); }

    Set<Node> byIdentifier(String identifier) { return byIdentifier.getOrDefault(identifier, Set.of()); }

    Set<Node> byName(String name) { return byName.getOrDefault(normalise(name), Set.of()); }

    /** A label of a node in the store, for messages and comments. */
    String label(Node n) { return labels.getOrDefault(n, n.getURI()); }

    /** The candidates whose municipality (or that of a facility they operate) contains {@code municipality}. */
    List<Node> inMunicipality(Set<Node> candidates, String municipality) {
        String m = normalise(municipality);
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

    /** Lower case, accents off, punctuation to spaces, spaces collapsed: "Métal  Inc." → "metal inc". */
    static String normalise(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A slug for an IRI: "Example Métal Inc." → "example-metal-inc". */
    static String slug(String s) {
        String n = normalise(s).replace(' ', '-');
        return n.length() > 60 ? n.substring(0, 60).replaceAll("-+$", "") : n;
    }

    /** The IRI a reference such as {@code org/rio-tinto}, {@code site/alma} or a full alukg IRI names; null otherwise. */
    static Node iriOf(String ref) {
        if (ref.startsWith(Alu.ID))
            return org.apache.jena.graph.NodeFactory.createURI(ref);
        if (ref.matches("(org|site)/[a-z0-9][a-z0-9-]*"))
            return org.apache.jena.graph.NodeFactory.createURI(Alu.ID + ref);
        return null;
    }
}
