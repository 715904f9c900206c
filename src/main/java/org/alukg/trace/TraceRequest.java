package org.alukg.trace;

import java.util.List;

/**
 * A trace: from the start nodes (IRIs or short forms such as {@code site/alma}), in a direction, to a depth in
 * supply tiers; optionally only links of a product (an IRI or {@code product/rod}; narrower products match) and only
 * links valid in year {@code asOf}; labels in {@code lang} ("en" or "fr"); weak points computed when asked.
 */
public record TraceRequest(List<String> from, Direction direction, int depth, String product, Integer asOf,
                           String lang, boolean weakPoints) {
    public TraceRequest {
        from = List.copyOf(from);
        direction = direction == null ? Direction.downstream : direction;
        lang = lang == null ? "en" : lang;
    }
}
