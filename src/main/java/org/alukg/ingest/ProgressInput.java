package org.alukg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/** Tells the progress listener, every 256 KiB of raw input, how far it is read and how many items are read. */
final class ProgressInput extends FilterInputStream {
    private static final long EVERY = 1 << 18;

    private final ImportProgress progress;
    private final LongSupplier rawBytes;
    private final LongSupplier items;
    private long next = EVERY;

    ProgressInput(InputStream in, ImportProgress progress, LongSupplier rawBytes, LongSupplier items) {
        super(in);
        this.progress = progress;
        this.rawBytes = rawBytes;
        this.items = items;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        tick();
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        tick();
        return n;
    }

    private void tick() {
        long raw = rawBytes.getAsLong();
        if (raw >= next) {
            next = raw + EVERY;
            progress.advanced(raw, items.getAsLong());
        }
    }
}
