package org.alukg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes read through it and stops a decompressed stream that expands too far — more than
 * {@link #MAX_RATIO} times the compressed bytes once past {@link #RATIO_FLOOR}, or past an absolute limit —
 * which is how a zip bomb is refused before it fills memory or disk.
 */
final class BoundedInput extends FilterInputStream {
    /** Decompressed bytes per compressed byte beyond which an input is refused. */
    static final long MAX_RATIO = 100;
    /** Below this many decompressed bytes the ratio is not checked (small, very regular files compress well). */
    static final long RATIO_FLOOR = 16L << 20;

    private final String name;
    private final LongSupplier compressed;
    private final long limit;
    private long count;

    /** {@code compressed} tells how many compressed bytes were read so far (null for an uncompressed input). */
    BoundedInput(InputStream in, String name, LongSupplier compressed, long limit) {
        super(in);
        this.name = name;
        this.compressed = compressed;
        this.limit = limit;
    }

    long count() { return count; }

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
        if (count > limit)
            throw new ImportException(name + ": too large: more than " + limit + " bytes");
        if (compressed != null && count > RATIO_FLOOR && count > MAX_RATIO * Math.max(1, compressed.getAsLong()))
            throw new ImportException(name + ": refused as a zip bomb: it expands more than " + MAX_RATIO
                                      + " times (" + count + " bytes from " + compressed.getAsLong() + " compressed)");
    }
}
