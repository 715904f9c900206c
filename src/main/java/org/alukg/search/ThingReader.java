package org.alukg.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alukg.vocab.Alu;
import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the searchable things of a graph: every organisation, facility, product, region and industry (the kinds
 * {@link #KINDS} of our short forms), with their names, alternative names and acronyms, municipality and
 * descriptions, from whichever graph says them (curated or imported).
 */
final class ThingReader {
    /** The kinds of thing searched, as the first segment of their short form ({@code org/alcoa}). */
    static final List<String> KINDS = List.of("org", "site", "product", "region", "industry");

    private static final String SCHEMA = "http://schema.org/";
    /** Which property feeds which fields. */
    private static final Map<Node, List<Field>> FEEDS = new LinkedHashMap<>();
    static {
        List<Field> names = List.of(Field.NAME, Field.NAME_STEMS, Field.WHOLE_NAME);
        List<Field> alternatives = List.of(Field.ALT, Field.ALT_STEMS, Field.WHOLE_NAME);
        List<Field> texts = List.of(Field.TEXT, Field.TEXT_STEMS);
        FEEDS.put(RDFS.label.asNode(), names);
        FEEDS.put(SKOS.prefLabel.asNode(), names);
        FEEDS.put(NodeFactory.createURI(SCHEMA + "name"), names);
        FEEDS.put(SKOS.altLabel.asNode(), alternatives);
        FEEDS.put(SKOS.hiddenLabel.asNode(), alternatives);
        FEEDS.put(NodeFactory.createURI(SCHEMA + "alternateName"), alternatives);
        FEEDS.put(Alu.property("municipality").asNode(), List.of(Field.PLACE));
        FEEDS.put(RDFS.comment.asNode(), texts);
        FEEDS.put(SKOS.definition.asNode(), texts);
        FEEDS.put(DCTerms.description.asNode(), texts);
    }

    private ThingReader() {}

    /** The searchable things of {@code graph} whose IRIs are under {@code base}, in a stable order. */
    static List<Thing> read(Graph graph, String base) {
        Map<String, Thing> things = new java.util.TreeMap<>();
        for (Map.Entry<Node, List<Field>> feed : FEEDS.entrySet()) {
            boolean isName = feed.getValue().contains(Field.NAME);
            graph.find(Node.ANY, feed.getKey(), Node.ANY).forEachRemaining(t -> {
                Optional<Thing> thing = thing(things, t, base);
                if (thing.isEmpty() || !t.getObject().isLiteral())
                    return;
                String text = t.getObject().getLiteralLexicalForm().strip();
                if (text.isEmpty())
                    return;
                feed.getValue().forEach(f -> thing.get().add(f, text));
                if (isName)
                    thing.get().names.merge(t.getObject().getLiteralLanguage().toLowerCase(java.util.Locale.ROOT),
                                            text, (a, b) -> isLabel(feed.getKey()) && b.compareTo(a) < 0 ? b : a);
            });
        }
        return List.copyOf(things.values());
    }

    /** rdfs:label is read first and names a thing before any other name; of two labels, the first in order is kept. */
    private static boolean isLabel(Node p) { return p.equals(RDFS.label.asNode()); }

    private static Optional<Thing> thing(Map<String, Thing> things, Triple t, String base) {
        if (!t.getSubject().isURI())
            return Optional.empty();
        String iri = t.getSubject().getURI();
        Thing known = things.get(iri);
        if (known != null)
            return Optional.of(known);
        Optional<ShortForm> form = ShortForm.of(iri, base).filter(f -> KINDS.contains(f.kind()));
        return form.map(f -> things.computeIfAbsent(iri, i -> new Thing(i, f.toString(), f.kind())));
    }
}
