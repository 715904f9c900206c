package org.alukg.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The answers of the dataset's endpoints, as Fuseki writes them, with two corrections: every 503 (a query timed out
 * before its first byte, the server is busy) says {@code Retry-After}; and a query that times out after its results
 * began to stream is not ended as a well-formed answer — where Fuseki would append an "incomplete results" note to a
 * 200, the transfer is broken off, so no client can read a partial result as a whole one.
 */
final class DatasetAnswers extends HttpServletResponseWrapper {
    /** The first bytes of the note Fuseki writes into a result it had to cut short. */
    private static final byte[] CUT_SHORT = "##  Query cancelled due to timeout".getBytes(StandardCharsets.US_ASCII);
    private final HttpServletRequest req;
    private ServletOutputStream out;

    DatasetAnswers(HttpServletRequest req, HttpServletResponse res) {
        super(res);
        this.req = req;
    }

    @Override
    public void setStatus(int sc) {
        if (sc == 503 && !containsHeader("Retry-After"))
            setHeader("Retry-After", "2");
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (sc == 503 && !containsHeader("Retry-After"))
            setHeader("Retry-After", "2");
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException { sendError(sc, null); }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out == null)
            out = new Watched(super.getOutputStream());
        return out;
    }

    private void breakOff() throws IOException {
        IOException cut = new IOException("query timed out after its answer began: transfer broken off");
        ServletContextRequest.getServletContextRequest(req).getServletChannel().abort(cut);
        throw cut;
    }

    /** Passes bytes on, watching for the note of a result cut short. */
    private final class Watched extends ServletOutputStream {
        private final ServletOutputStream inner;
        private int matched;
        private boolean broken;

        Watched(ServletOutputStream inner) { this.inner = inner; }

        @Override
        public void write(int b) throws IOException {
            watch((byte) b);
            inner.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++)
                watch(b[i]);
            inner.write(b, off, len);
        }

        private void watch(byte b) throws IOException {
            if (broken)
                throw new IOException("the transfer was broken off");
            matched = b == CUT_SHORT[matched] ? matched + 1 : b == CUT_SHORT[0] ? 1 : 0;
            if (matched == CUT_SHORT.length) {
                broken = true;
                breakOff();
            }
        }

        @Override
        public void flush() throws IOException {
            if (!broken)
                inner.flush();
        }

        @Override
        public void close() throws IOException {
            if (!broken)
                inner.close();
        }
        @Override public boolean isReady() { return inner.isReady(); }
        @Override public void setWriteListener(WriteListener l) { inner.setWriteListener(l); }
    }
}
