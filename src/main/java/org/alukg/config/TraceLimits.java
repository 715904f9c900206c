package org.alukg.config;

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
}
