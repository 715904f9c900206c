package org.alukg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the raw (possibly compressed) bytes of an upload or file, for progress and the expansion ratio. */
final class CountingInput extends FilterInputStream {
    private long count, mark;

    CountingInput(InputStream in) { super(in); }

    long count() { return count; }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0)
            count++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0)
            count += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count += s;
        return s;
    }

    @Override
    public synchronized void mark(int limit) {
        super.mark(limit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }
}
