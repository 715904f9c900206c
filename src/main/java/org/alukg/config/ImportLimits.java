package org.alukg.config;

/**
 * The caps on one import, so that no upload can fill the disk or the memory: a request over one is refused with a
 * message naming the cap.
 *
 * @param maxBytes          the largest input, in bytes (after unpacking; an upload announcing more is refused at once);
 *                          1 GiB by default
 * @param maxExpansionRatio how many times larger than its packed size a gzip or zip input may unpack to
 */
public record ImportLimits(long maxBytes, long maxExpansionRatio) {
    public static final long DEFAULT_MAX_BYTES = 1L << 30, DEFAULT_MAX_EXPANSION_RATIO = 100;

    public ImportLimits {
        if (maxBytes < 1 || maxExpansionRatio < 1)
            throw new IllegalArgumentException("import caps must be at least 1: " + maxBytes + ", " + maxExpansionRatio);
    }

    public static ImportLimits defaults() { return new ImportLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANSION_RATIO); }
}
