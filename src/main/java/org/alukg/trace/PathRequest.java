package org.alukg.trace;

/**
 * A path search: every simple path from {@code from} to {@code to} of at most {@code maxLength} supply links,
 * optionally only over links of a product and valid in year {@code asOf}; labels in {@code lang}.
 */
public record PathRequest(String from, String to, int maxLength, String product, Integer asOf, String lang) {
    public PathRequest {
        lang = lang == null ? "en" : lang;
    }
}
