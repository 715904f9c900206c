package org.alukg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Credentials;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards every endpoint of the dataset. A SPARQL query or update text over the size cap is refused with 413 before
 * anything parses it (the log gets its size, never its text). Anything that is not a read needs the credentials
 * (a read-only server answers 403), and room on the store's disk (507 when it is full). Every update — sent as {@code update=}, {@code request=}, an
 * {@code application/sparql-update} body, to {@code /cluster/update} or to {@code /cluster} itself — is checked by
 * {@link UpdatePolicy} before Fuseki runs it.
 */
final class DatasetGuard extends HttpFilter {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetGuard.class);
    private static final List<String> UPDATE_PARAMS = List.of("update", "request");

    private final Credentials credentials;
    private final org.alukg.store.Store store;
    private final UpdatePolicy policy;
    private final long maxTextBytes;
    private final boolean checkWrites;

    private DatasetGuard(Credentials credentials, org.alukg.store.Store store, UpdatePolicy policy, long maxTextBytes,
                         boolean checkWrites) {
        this.credentials = credentials;
        this.store = store;
        this.policy = policy;
        this.maxTextBytes = maxTextBytes;
        this.checkWrites = checkWrites;
    }

    /** The guard of the dataset's endpoints: sizes, shapes, credentials for writes, the update policy. */
    static DatasetGuard ofDataset(Credentials credentials, org.alukg.store.Store store, UpdatePolicy policy,
                                  long maxTextBytes) {
        return new DatasetGuard(credentials, store, policy, maxTextBytes, true);
    }

    /** The guard of the validators, which run nothing: sizes and shapes only. */
    static DatasetGuard ofValidators(long maxTextBytes) {
        return new DatasetGuard(null, null, null, maxTextBytes, false);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = checked(req);
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (!checkWrites || isRead(request, type)) {
            chain.doFilter(request, res);
            return;
        }
        boolean update = type.startsWith("application/sparql-update")
                         || UPDATE_PARAMS.stream().anyMatch(n -> request.getParameter(n) != null);
        String operation = update ? "sparql-update" : "graph-store-" + req.getMethod().toLowerCase(Locale.ROOT);
        String graph = update ? null : request.getParameter("graph") != null ? request.getParameter("graph")
            : request.getParameter("default") != null ? "default" : null;
        String result = "failed";
        var counts = org.alukg.replication.CapturingDataset.startCounting();
        try {
            chain.doFilter(request, res);
            result = res.getStatus() < 400 ? "done" : "refused " + res.getStatus();
        } finally {
            org.alukg.replication.CapturingDataset.stopCounting();
            boolean done = result.equals("done");
            org.alukg.http.AuditLog.record(req, operation, graph, done ? counts.added() : null, done ? counts.removed() : null,
                                           result);
        }
    }

    /** The request as it may go on, or the problem to answer with. */
    private HttpServletRequest checked(HttpServletRequest req) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        boolean sparqlBody = type.startsWith("application/sparql-query") || type.startsWith("application/sparql-update");
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        if ((sparqlBody || form) && req.getContentLengthLong() > maxTextBytes + (form ? 64 : 0))
            throw tooLarge(req, req.getContentLengthLong());
        HttpServletRequest request = req;
        byte[] body = null;
        if (sparqlBody) {
            body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxTextBytes + 1));
            if (body.length > maxTextBytes)
                throw tooLarge(req, body.length);
            request = new ReplayedBody(req, body);
        }
        if (body != null)
            SparqlShape.check(new String(body, StandardCharsets.UTF_8));
        for (String name : List.of("query", "update", "request")) {
            String[] values = request.getParameterValues(name);
            if (values != null)
                for (String v : values) {
                    if (v.length() > maxTextBytes)
                        throw tooLarge(req, v.length());
                    SparqlShape.check(v);
                }
        }
        if (!sparqlBody && !form && request.getContentType() != null)
            request = new NestingLimitedBody(request);
        if (!checkWrites)
            return request;
        if (!isRead(request, type)) {
            credentials.check(request);
            store.requireRoomToWrite();
            if (type.startsWith("application/sparql-update"))
                policy.check(new String(body, StandardCharsets.UTF_8));
            for (String name : UPDATE_PARAMS) {
                String[] values = request.getParameterValues(name);
                if (values != null)
                    for (String v : values)
                        policy.check(v);
            }
        }
        return request;
    }

    /** A read: GET, HEAD or OPTIONS without an update in it, or a POSTed query. */
    private static boolean isRead(HttpServletRequest req, String type) {
        boolean update = UPDATE_PARAMS.stream().anyMatch(p -> req.getParameter(p) != null);
        String method = req.getMethod();
        if (update || type.startsWith("application/sparql-update"))
            return false;
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method))
            return true;
        return "POST".equals(method) && (type.startsWith("application/sparql-query")
                                         || type.startsWith("application/x-www-form-urlencoded") && req.getParameter("query") != null);
    }

    private Problem tooLarge(HttpServletRequest req, long size) {
        LOG.warn("refused a SPARQL request of {} bytes (cap {}): {} {}", size, maxTextBytes, req.getMethod(),
                 req.getRequestURI());
        return new Problem(Kind.TOO_LARGE, "query or update too large: " + size + " bytes (at most " + maxTextBytes
                                           + "; see --max-query-bytes)");
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
