package org.alukg.trace;

/**
 * The caps on a trace: a request over one is refused with a message naming the cap.
 *
 * @param maxDepth      the deepest trace, in supply tiers
 * @param maxNodes      the most nodes a trace may return
 * @param maxPathLength the longest path asked for, in supply links
 * @param maxPaths      the most paths a path search may return
 */
public record TraceLimits(int maxDepth, int maxNodes, int maxPathLength, int maxPaths) {
    public static final int DEFAULT_MAX_DEPTH = 6, DEFAULT_MAX_NODES = 5000, DEFAULT_MAX_PATH_LENGTH = 6,
        DEFAULT_MAX_PATHS = 1000;

    public TraceLimits {
        if (maxDepth < 1 || maxNodes < 1 || maxPathLength < 1 || maxPaths < 1)
            throw new IllegalArgumentException("trace caps must be at least 1: " + maxDepth + ", " + maxNodes + ", "
                                               + maxPathLength + ", " + maxPaths);
    }

    public static TraceLimits defaults() {
        return new TraceLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES, DEFAULT_MAX_PATH_LENGTH, DEFAULT_MAX_PATHS);
    }

    /**
     * The defaults, overridden by the system properties {@code alukg.trace.maxDepth}, {@code alukg.trace.maxNodes},
     * {@code alukg.trace.maxPathLength} and {@code alukg.trace.maxPaths} where set (for the server:
     * {@code java -Dalukg.trace.maxNodes=20000 -jar alukg.jar serve}).
     */
    public static TraceLimits fromSystemProperties() {
        return new TraceLimits(prop("maxDepth", DEFAULT_MAX_DEPTH), prop("maxNodes", DEFAULT_MAX_NODES),
                               prop("maxPathLength", DEFAULT_MAX_PATH_LENGTH), prop("maxPaths", DEFAULT_MAX_PATHS));
    }

    private static int prop(String name, int fallback) {
        String v = System.getProperty("alukg.trace." + name);
        if (v == null)
            return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property alukg.trace." + name + " is not a whole number: " + v);
        }
    }
}
