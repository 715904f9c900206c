package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.alukg.http.ProblemResponses.Suggestion;
import org.alukg.http.Routes;
import org.alukg.store.Store;
import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Near names for an IRI we do not know: the things under {@code id/} whose {@code kind/slug} is a few edits away,
 * or whose slug or label contains the asked slug, each with the path of its page.
 */
final class Suggestions {
    private static final int MAX = 5;
    private static final Query THINGS = QueryFactory.create("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?s (SAMPLE(?l) AS ?label) WHERE {
          ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix))
          OPTIONAL { ?s rdfs:label ?l }
        } GROUP BY ?s
        """);

    private final Store store;
    private final String base;

    Suggestions(Store store, String base) {
        this.store = store;
        this.base = base;
    }

    /** Up to five things named like {@code asked}. */
    List<Suggestion> near(ShortForm asked) {
        String askedForm = asked.toString().toLowerCase(Locale.ROOT);
        String askedSlug = asked.slug().toLowerCase(Locale.ROOT);
        Node prefix = NodeFactory.createLiteralString(base + "id/");
        record Scored(Suggestion s, int distance) {}
        List<Scored> found = new ArrayList<>();
        store.read(() -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(THINGS).substitution("prefix", prefix).build()) {
                RowSet rows = qe.select();
                rows.forEachRemaining(row -> {
                    ShortForm.of(row.get("s").getURI(), base).ifPresent(thing -> {
                        String local = thing.toString();
                        Node l = row.get("label");
                        String label = l == null ? local : l.getLiteralLexicalForm();
                        int d = distance(askedForm, local);
                        boolean contains = askedSlug.length() >= 3
                            && (thing.slug().contains(askedSlug) || label.toLowerCase(Locale.ROOT).contains(askedSlug));
                        if (d <= Math.max(2, askedForm.length() / 4) || contains)
                            found.add(new Scored(new Suggestion(Routes.thing(local), label), contains ? Math.min(d, 3) : d));
                    });
                });
            }
            return null;
        });
        return found.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.s().path()))
                    .limit(MAX).map(Scored::s).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
