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
        if (sc == 503 && !containsHeader("Retry-After")) {
            setHeader("Retry-After", "2");
            Metrics.queryTimeout(req);
        }
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (sc == 503 && !containsHeader("Retry-After")) {
            setHeader("Retry-After", "2");
            Metrics.queryTimeout(req);
        }
        super.sendError(sc, msg == null ? null : printable(msg));
    }

    /**
     * The message with what cannot travel in an HTTP answer replaced: a parse error may quote the caller's broken
     * bytes (control characters, U+FFFD, lone surrogates), and Jetty would fail the whole answer on them.
     */
    static String printable(String msg) {
        StringBuilder b = new StringBuilder(msg.length());
        for (int i = 0; i < msg.length(); i++) {
            char c = msg.charAt(i);
            boolean bad = Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c) || c > 0x7E && c < 0xA0;
            b.append(bad ? '?' : c);
        }
        return b.toString();
    }

    @Override
    public void sendError(int sc) throws IOException { sendError(sc, null); }

    /** An error's length is left to the transfer: Fuseki counts its message in characters, we send UTF-8 bytes. */
    @Override
    public void setContentLength(int len) {
        if (getStatus() < 400)
            super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (getStatus() < 400)
            super.setContentLengthLong(len);
    }

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
                Metrics.queryTimeout(req);
                breakOff();
            }
        }

        /**
         * Text as UTF-8, which is what Fuseki's error answers declare: the servlet default takes only ISO 8859-1 and
         * fails the whole answer on a parse error that quotes any other character.
         */
        @Override
        public void print(String text) throws IOException {
            byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
            write(bytes, 0, bytes.length);
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
