package org.alukg.ingest.inventory;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared and turned into slugs, for matching rows to the graph and for minting IRIs. */
public final class Names {
    private static final int MAX_SLUG = 60;

    private Names() {}

    /** Lower case, accents off, punctuation to spaces, spaces collapsed: "Métal  Inc." → "metal inc". */
    public static String normalise(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** A slug for an IRI: "Example Métal Inc." → "example-metal-inc", at most 60 characters. */
    public static String slug(String s) {
        String n = normalise(s).replace(' ', '-');
        return n.length() > MAX_SLUG ? n.substring(0, MAX_SLUG).replaceAll("-+$", "") : n;
    }
}
