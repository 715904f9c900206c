package org.alukg.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the index holds of one thing: its IRI, short form and kind, its names in English and French (what a hit
 * shows), and the texts of each searched field.
 */
final class Thing {
    final String iri, id, kind;
    final Map<String, String> names = new java.util.HashMap<>();
    final Map<Field, List<String>> texts = new EnumMap<>(Field.class);

    Thing(String iri, String id, String kind) {
        this.iri = iri;
        this.id = id;
        this.kind = kind;
    }

    void add(Field field, String text) {
        List<String> values = texts.computeIfAbsent(field, f -> new ArrayList<>());
        if (!values.contains(text))
            values.add(text);
    }

    /** The name shown in {@code lang}: that language's name, else the other's, else the short form. */
    String name(String lang) {
        String n = names.get(lang);
        if (n == null)
            n = names.get("en".equals(lang) ? "fr" : "en");
        if (n == null)
            n = names.get("");
        return n == null ? id : n;
    }
}
