package org.alukg.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;
import org.alukg.http.SecurityHeaders;
import org.alukg.problem.Problem;

/**
 * What every request must be before anything answers it: not {@code TRACE} (refused everywhere), only {@code GET} or
 * {@code HEAD} on the server-control paths ({@code /$/…}) but for the validators and the two operations that take
 * {@code POST} with credentials ({@code /$/backup}, {@code /$/compact}), and with at most so many parameters in its query string.
 * Every answer gets the security headers; the query editor's pages a policy that allows its own scripts only.
 */
final class MethodPolicy extends HttpFilter {
    /** The query editor (a script application): its own scripts and styles, no framing, no other origin. */
    static final String UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
                                 + "form-action 'self'; frame-ancestors 'none'";
    /** The server-control paths that also take {@code POST}; the servlet behind each checks credentials. */
    private static final java.util.Set<String> POST_OPERATIONS = java.util.Set.of(Routes.BACKUP, Routes.COMPACT);
    private final int maxParameters;

    MethodPolicy(int maxParameters) { this.maxParameters = maxParameters; }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        String path = req.getRequestURI();
        if ("TRACE".equals(method) || "TRACK".equals(method))
            throw Problem.methodNotAllowed("method not allowed: " + method);
        if (path.startsWith(Routes.ADMIN) && !"GET".equals(method) && !"HEAD".equals(method)
            && !path.startsWith(Routes.ADMIN + "validate/") && !(POST_OPERATIONS.contains(path) && "POST".equals(method)))
            throw Problem.methodNotAllowed("server-control paths answer GET and HEAD only (POST on " + Routes.BACKUP + " and " + Routes.COMPACT + "): " + method + " " + path);
        String query = req.getQueryString();
        if (query != null) {
            int count = 1;
            for (int i = 0; i < query.length(); i++)
                if (query.charAt(i) == '&')
                    count++;
            if (count > maxParameters)
                throw Problem.badRequest("too many parameters: " + count + " (at most " + maxParameters + ")");
        }
        SecurityHeaders.addTo(res);
        res.setHeader("Content-Security-Policy", UI_CSP);
        chain.doFilter(req, res);
    }
}
