package org.alukg.trace;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A trace: from the start nodes (IRIs or short forms such as {@code site/alma}), in a direction, to a depth in
 * tiers; optionally only links of a product (an IRI or {@code product/rod}; narrower products match) and only
 * links valid in year {@code asOf}; labels in {@code lang} ("en" or "fr"); weak points computed when asked, their
 * betweenness when {@code betweenness} is true, or when it is null and the trace is small enough
 * ({@link WeakPointAnalysis#BETWEENNESS_UP_TO}). A trace follows supply links only, and the links of the kinds in
 * {@code include} when asked.
 */
public record TraceRequest(List<String> from, Direction direction, int depth, String product, Integer asOf,
                           String lang, boolean weakPoints, Set<Include> include, Boolean betweenness) {
    public TraceRequest {
        from = List.copyOf(from);
        direction = direction == null ? Direction.downstream : direction;
        lang = lang == null ? "en" : lang;
        include = include == null || include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
    }

    /** Up to this many nodes, a trace's weak points include its betweenness unless the request says not to. */
    public static final int BETWEENNESS_UP_TO = 300;

    /** Betweenness left to the size of the trace. */
    public TraceRequest(List<String> from, Direction direction, int depth, String product, Integer asOf, String lang,
                        boolean weakPoints, Set<Include> include) {
        this(from, direction, depth, product, asOf, lang, weakPoints, include, null);
    }

    /** A trace over supply links only. */
    public TraceRequest(List<String> from, Direction direction, int depth, String product, Integer asOf, String lang,
                        boolean weakPoints) {
        this(from, direction, depth, product, asOf, lang, weakPoints, Set.of());
    }
}
