package org.alukg.ingest.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Parses on a thread of its own and hands the statements, in batches, to the calling thread, which writes them. The
 * parser recurses once per level of nesting: a document nested deeply enough overflows its stack, and that must happen
 * in the parser's own frames, never inside the store's (TDB2's caches hold locks there that an overflow in the middle
 * of their clean-up would leave held). What the parser throws is thrown again in the calling thread, as it was.
 */
final class ParsedApart {
    private static final int BATCH = 1_000;
    private static final Object END = new Object();

    private ParsedApart() {}

    static void parse(RDFParser parser, InputStream in, String base, RDFHandler writer) throws IOException {
        BlockingQueue<Object> handed = new ArrayBlockingQueue<>(16);
        Thread reading = new Thread(() -> {
            Object last = END;
            try {
                parser.setRDFHandler(new AbstractRDFHandler() {
                    private List<Statement> batch = new ArrayList<>(BATCH);

                    @Override
                    public void handleStatement(Statement st) {
                        batch.add(st);
                        if (batch.size() == BATCH) {
                            hand(handed, batch);
                            batch = new ArrayList<>(BATCH);
                        }
                    }

                    @Override
                    public void endRDF() {
                        if (!batch.isEmpty())
                            hand(handed, batch);
                    }
                });
                parser.parse(in, base);
            } catch (Throwable t) { // an overflow too: it is the caller's to answer
                last = t;
            }
            try {
                hand(handed, last);
            } catch (IllegalStateException stopped) {
                // the caller stopped reading first: nobody waits for the end
            }
        }, "alukg-rdf-parser");
        reading.setDaemon(true);
        reading.start();
        try {
            while (true) {
                Object next = handed.take();
                if (next == END)
                    return;
                if (next instanceof Throwable t)
                    throw rethrown(t);
                @SuppressWarnings("unchecked")
                List<Statement> batch = (List<Statement>) next;
                for (Statement st : batch)
                    writer.handleStatement(st);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } finally {
            reading.interrupt(); // a writer that stopped early (a refused statement) ends the parser too
        }
    }

    /** Puts {@code item} in the queue, giving up when the reader was told to stop. */
    private static void hand(BlockingQueue<Object> handed, Object item) {
        try {
            while (!handed.offer(item, 100, TimeUnit.MILLISECONDS))
                if (Thread.currentThread().isInterrupted())
                    throw new IllegalStateException("the import stopped reading");
        } catch (InterruptedException e) {
            throw new IllegalStateException("the import stopped reading", e);
        }
    }

    private static IOException rethrown(Throwable t) throws IOException {
        if (t instanceof IOException io)
            throw io;
        if (t instanceof RuntimeException r)
            throw r;
        if (t instanceof Error e)
            throw e;
        throw new IOException(t);
    }
}
