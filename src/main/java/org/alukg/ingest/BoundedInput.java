package org.alukg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

import org.alukg.config.ImportLimits;
import org.alukg.problem.Problem;

/**
 * Stops an input past the caps of {@link ImportLimits}: more bytes than {@code maxBytes}, or, for a decompressed
 * stream, more than {@code maxExpansionRatio} times the compressed bytes once past {@link #RATIO_FLOOR} — which is
 * how a zip bomb is refused before it fills memory or disk.
 */
final class BoundedInput extends FilterInputStream {
    /** Below this many decompressed bytes the ratio is not checked (small, very regular files compress well). */
    static final long RATIO_FLOOR = 16L << 20;

    private final String name;
    private final LongSupplier compressed;
    private final ImportLimits limits;
    private long count;

    /** {@code compressed} tells how many compressed bytes were read so far (null for an uncompressed input). */
    BoundedInput(InputStream in, String name, LongSupplier compressed, ImportLimits limits) {
        super(in);
        this.name = name;
        this.compressed = compressed;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0)
            advance(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0)
            advance(n);
        return n;
    }

    private void advance(long n) {
        count += n;
        if (count > limits.maxBytes())
            throw Problem.tooLarge(name + ": too large: more than " + limits.maxBytes() + " bytes");
        long ratio = limits.maxExpansionRatio();
        if (compressed != null && count > RATIO_FLOOR && count > ratio * Math.max(1, compressed.getAsLong()))
            throw Problem.tooLarge(name + ": refused as a zip bomb: it expands more than " + ratio + " times (" + count
                                   + " bytes from " + compressed.getAsLong() + " compressed)");
    }
}
