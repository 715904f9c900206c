package org.alukg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Credentials;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Guards the write endpoints of the dataset: any request that is not a read needs the configured credentials,
 * and a SPARQL Update may not {@code LOAD} anything but http(s) documents (no local files).
 */
final class WriteGuardFilter extends HttpFilter {
    private static final int MAX_UPDATE_BYTES = 16 * 1024 * 1024;
    private final Credentials credentials;

    WriteGuardFilter(Credentials credentials) { this.credentials = credentials; }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                       || ("POST".equals(method) && isQuery(req));
        if (read) {
            chain.doFilter(req, res);
            return;
        }
        if (!credentials.accepts(req)) {
            credentials.refuse(res);
            return;
        }
        String contentType = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        if (contentType.startsWith("application/sparql-update")) {
            byte[] body = req.getInputStream().readNBytes(MAX_UPDATE_BYTES + 1);
            if (body.length > MAX_UPDATE_BYTES) {
                res.sendError(413, "update too large: more than " + MAX_UPDATE_BYTES + " bytes");
                return;
            }
            if (refuseLoad(new String(body, StandardCharsets.UTF_8), res))
                return;
            chain.doFilter(new ReplayedBody(req, body), res);
            return;
        }
        String update = req.getParameter("update");
        if (update != null && refuseLoad(update, res))
            return;
        chain.doFilter(req, res);
    }

    private static boolean isQuery(HttpServletRequest req) {
        String ct = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        return ct.startsWith("application/sparql-query")
               || (ct.startsWith("application/x-www-form-urlencoded") && req.getParameter("query") != null
                   && req.getParameter("update") == null);
    }

    /** Sends 400 and returns true when the update loads something that is not an http(s) document. */
    private static boolean refuseLoad(String text, HttpServletResponse res) throws IOException {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            return false; // the update endpoint reports the syntax error itself
        }
        for (var op : request.getOperations()) {
            if (op instanceof UpdateLoad load) {
                String src = load.getSource();
                if (src == null || !(src.startsWith("http://") || src.startsWith("https://"))) {
                    res.sendError(400, "LOAD of local files is refused: " + src);
                    return true;
                }
            }
        }
        return false;
    }

    /** The request with its body, already read once, available again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
            };
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }
    }
}
