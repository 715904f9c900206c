package org.alukg.ingest.rdf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts bytes and lines read, for the errors Rio reports without a position (the input ended too soon). */
final class LineCountingInput extends FilterInputStream {
    private long bytes, lines = 1;
    private boolean lastNewline;

    LineCountingInput(InputStream in) { super(in); }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytes++;
            lastNewline = b == '\n';
            if (lastNewline)
                lines++;
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + n; i++)
            if (buf[i] == '\n')
                lines++;
        if (n > 0) {
            bytes += n;
            lastNewline = buf[off + n - 1] == '\n';
        }
        return n;
    }

    long bytes() { return bytes; }

    /** The number of the last line with content read. */
    long lastLine() { return lastNewline ? lines - 1 : lines; }
}
