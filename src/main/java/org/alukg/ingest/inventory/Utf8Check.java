package org.alukg.ingest.inventory;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.alukg.problem.Problem;

/**
 * Lets bytes through while checking they are UTF-8, so that a file in another encoding is refused naming the
 * line and column (in bytes) of the first bad byte — a decoder working on buffers cannot say where it was.
 */
public final class Utf8Check extends FilterInputStream {
    private final String name;
    private long line = 1, column = 1;
    private int pending, lead;

    public Utf8Check(InputStream in, String name) {
        super(in);
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0)
            check(b);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = off; i < off + n; i++)
            check(buf[i] & 0xff);
        return n;
    }

    private void check(int b) {
        if (pending > 0) {
            if ((b & 0xc0) != 0x80)
                throw bad(lead);
            pending--;
        } else if (b >= 0x80) {
            lead = b;
            if (b >= 0xc2 && b <= 0xdf) pending = 1;
            else if (b >= 0xe0 && b <= 0xef) pending = 2;
            else if (b >= 0xf0 && b <= 0xf4) pending = 3;
            else throw bad(b);
        }
        if (b == '\n') {
            line++;
            column = 1;
        } else if (pending == 0) {
            column++;
        }
    }

    private Problem bad(int b) {
        return Problem.badRequest(name + " line " + line + " column " + column + ": not UTF-8: a sequence starting with byte 0x"
                                   + Integer.toHexString(b) + " (save the file as UTF-8)");
    }
}
