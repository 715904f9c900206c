package org.alukg.trace;

import java.util.EnumSet;
import java.util.Set;

/**
 * A path search: every simple path from {@code from} to {@code to} of at most {@code maxLength} links, optionally
 * only over links of a product and valid in year {@code asOf}; labels in {@code lang}. Paths go over supply links
 * only, and over the links of the kinds in {@code include} when asked.
 */
public record PathRequest(String from, String to, int maxLength, String product, Integer asOf, String lang,
                          Set<Include> include) {
    public PathRequest {
        lang = lang == null ? "en" : lang;
        include = include == null || include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
    }

    /** A path search over supply links only. */
    public PathRequest(String from, String to, int maxLength, String product, Integer asOf, String lang) {
        this(from, to, maxLength, product, asOf, lang, Set.of());
    }
}
