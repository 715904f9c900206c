package org.alukg.server;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.jena.riot.RiotException;

/**
 * An RDF body (a Graph Store write) read through a watch on its nesting: past {@link #MAX_DEPTH} open brackets or
 * braces the read fails as a parse error — which Fuseki answers with 400 — instead of letting the parser recurse
 * until the thread's stack overflows. Brackets inside quoted strings do not count.
 */
final class NestingLimitedBody extends HttpServletRequestWrapper {
    static final int MAX_DEPTH = 1000;
    private ServletInputStream in;

    NestingLimitedBody(HttpServletRequest req) { super(req); }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (in == null)
            in = new Watched(super.getInputStream());
        return in;
    }

    private static final class Watched extends ServletInputStream {
        private final ServletInputStream inner;
        private int depth;
        private byte quote;
        private boolean escaped;

        Watched(ServletInputStream inner) { this.inner = inner; }

        @Override
        public int read() throws IOException {
            int b = inner.read();
            if (b >= 0)
                watch((byte) b);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = inner.read(buf, off, len);
            for (int i = off; i < off + n; i++)
                watch(buf[i]);
            return n;
        }

        private void watch(byte b) {
            if (quote != 0) {
                if (escaped)
                    escaped = false;
                else if (b == '\\')
                    escaped = true;
                else if (b == quote)
                    quote = 0;
                return;
            }
            switch (b) {
                case '"', '\'' -> quote = b;
                case '{', '[', '(' -> {
                    if (++depth > MAX_DEPTH)
                        throw new RiotException("nested too deeply: more than " + MAX_DEPTH + " levels of brackets");
                }
                case '}', ']', ')' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }

        @Override public boolean isFinished() { return inner.isFinished(); }
        @Override public boolean isReady() { return inner.isReady(); }
        @Override public void setReadListener(ReadListener l) { inner.setReadListener(l); }
        @Override public int available() throws IOException { return inner.available(); }
        @Override public void close() throws IOException { inner.close(); }
    }
}
