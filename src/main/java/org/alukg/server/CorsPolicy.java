package org.alukg.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;

/**
 * Cross-origin requests. Reads are open to every origin, without credentials ({@code Access-Control-Allow-Origin: *},
 * never {@code Allow-Credentials}). Writes carry no CORS header unless their origin is one of the configured write
 * origins (none by default); a write sent from any other origin — which a browser would send with an admin's stored
 * credentials — is refused with 403 before it runs.
 */
final class CorsPolicy extends HttpFilter {
    private static final String READ_METHODS = "GET, HEAD, POST, OPTIONS";
    private static final String READ_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, "
                                               + "If-Modified-Since, X-Request-Id";
    private static final String EXPOSED = "Content-Language, Content-Length, Content-Type, Content-Location, ETag, "
                                          + "Last-Modified, Link, Location, Retry-After, Vary, X-Request-Id";
    private final Set<String> writeOrigins;

    CorsPolicy(Set<String> writeOrigins) { this.writeOrigins = writeOrigins; }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null;
        boolean write = preflight ? asksToWrite(req) : isWrite(req);
        boolean allowedWriter = origin != null && writeOrigins.contains(origin);
        if (write) {
            if (origin != null && !allowedWriter && !origin.equals(ownOrigin(req)))
                throw new Problem(Kind.FORBIDDEN, "cross-origin writes are refused: " + origin);
            if (allowedWriter) {
                res.setHeader("Access-Control-Allow-Origin", origin);
                res.setHeader("Access-Control-Allow-Credentials", "true");
                res.setHeader("Vary", "Origin");
                res.setHeader("Access-Control-Expose-Headers", EXPOSED);
                if (preflight) {
                    res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
                    res.setHeader("Access-Control-Allow-Headers", READ_HEADERS + ", Authorization");
                    res.setHeader("Access-Control-Max-Age", "600");
                }
            }
            if (preflight) {
                res.setStatus(204);
                return;
            }
        } else if (origin != null) {
            res.setHeader("Access-Control-Allow-Origin", "*");
            res.setHeader("Access-Control-Expose-Headers", EXPOSED);
            if (preflight) {
                res.setHeader("Access-Control-Allow-Methods", READ_METHODS);
                res.setHeader("Access-Control-Allow-Headers", READ_HEADERS);
                res.setHeader("Access-Control-Max-Age", "600");
                res.setStatus(204);
                return;
            }
        }
        chain.doFilter(req, res);
    }

    /** A write: a method that changes things, a POST to a write endpoint, or anything sent with credentials. */
    static boolean isWrite(HttpServletRequest req) {
        String method = req.getMethod();
        if (req.getHeader("Authorization") != null)
            return true;
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method))
            return false;
        if (!"POST".equals(method))
            return true;
        String path = req.getRequestURI();
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (path.startsWith(Routes.QUERIES + "/"))
            return false;
        if (Routes.isDataset(path))
            return !(type.startsWith("application/sparql-query")
                     || type.startsWith("application/x-www-form-urlencoded") && !path.endsWith("/update")
                        && !path.endsWith("/data"));
        return true;
    }

    /** A preflight for a write: a changing method, or credentials among the headers to send. */
    private static boolean asksToWrite(HttpServletRequest req) {
        String method = req.getHeader("Access-Control-Request-Method").trim().toUpperCase(Locale.ROOT);
        String headers = req.getHeader("Access-Control-Request-Headers");
        if (headers != null && headers.toLowerCase(Locale.ROOT).contains("authorization"))
            return true;
        if ("GET".equals(method) || "HEAD".equals(method))
            return false;
        String path = req.getRequestURI();
        return !("POST".equals(method) && (path.startsWith(Routes.QUERIES + "/") || path.endsWith("/sparql")
                                           || path.endsWith("/query")));
    }

    private static String ownOrigin(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + req.getServerName() + (usual ? "" : ":" + port);
    }
}
