package org.alukg.replication;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * N-Triples made as they are read, for large request bodies without a file: triple {@code i} is
 * {@code <https://example.org/big/i> <https://example.org/p> "value i"}. {@code atQuarter} runs when a quarter of them
 * has been read (a test can kill the server then).
 */
final class GeneratedNTriples extends InputStream {
    private final int n;
    private final Runnable atQuarter;
    private int i, at;
    private byte[] line = new byte[0];

    GeneratedNTriples(int n, Runnable atQuarter) {
        this.n = n;
        this.atQuarter = atQuarter;
    }

    @Override
    public int read() {
        if (at == line.length) {
            if (i == n)
                return -1;
            if (i == n / 4)
                atQuarter.run();
            line = ("<https://example.org/big/" + i + "> <https://example.org/p> \"value " + i + "\" .\n").getBytes(StandardCharsets.UTF_8);
            at = 0;
            i++;
        }
        return line[at++];
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int k = 0;
        while (k < len) {
            int c = read();
            if (c < 0)
                return k == 0 ? -1 : k;
            b[off + k++] = (byte) c;
        }
        return k;
    }
}
