package org.alukg.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one mapper from a {@link Problem} to a response. On {@code /api/*} an RFC 9457 problem document
 * ({@code application/problem+json}: type, title, status, detail, instance, the request id and the problem's own
 * members); on the dataset's endpoints the status and one line of text, as Fuseki answers; everywhere else our
 * error page (HTML for browsers, one line of text otherwise). A 503 or 429 always says {@code Retry-After}. An
 * internal error shows the caller only its request id; the detail and the cause go to the log under that id.
 */
public final class ProblemResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AcceptList PAGE_OFFER = AcceptList.create("text/plain", "text/html");
    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {}

    /** Answers {@code req} with {@code problem}; logs it (an internal one with its cause). */
    public static void send(HttpServletRequest req, HttpServletResponse res, Problem problem) throws IOException {
        String id = RequestPipeline.requestId(req);
        if (problem.kind() == Kind.INTERNAL)
            LOG.error("[{}] {} {}: {}", id, req.getMethod(), req.getRequestURI(), problem.detail(), problem.getCause());
        else if (!problem.kind().callersMistake())
            LOG.warn("[{}] {} {}: {}", id, req.getMethod(), req.getRequestURI(), problem.detail());
        if (res.isCommitted()) {
            // The answer has begun: the only honest thing left is to break the transfer, never to end it well-formed.
            throw new IllegalStateException("response already committed: " + problem.detail());
        }
        res.resetBuffer();
        for (String h : List.of("ETag", "Last-Modified", "Content-Encoding", "Cache-Control", "Content-Disposition",
                                "Location", "Link", "Content-Security-Policy"))
            res.setHeader(h, null);
        res.setHeader(RequestPipeline.HEADER, id);
        res.setStatus(problem.status());
        if (problem.retryAfterSeconds() > 0)
            res.setHeader("Retry-After", Integer.toString(problem.retryAfterSeconds()));
        // A refused request's body may be unread; the connection is not reused, so a client that pools connections
        // does not send its next request down one the server is about to close.
        if (req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null)
            res.setHeader("Connection", "close");
        if (problem.kind() == Kind.UNAUTHORIZED)
            res.setHeader("WWW-Authenticate", "Basic realm=\"alukg\", charset=\"UTF-8\"");
        String detail = shownDetail(problem, id);
        String path = req.getRequestURI();
        byte[] body;
        if (Routes.isApi(path)) {
            res.setContentType(PROBLEM_JSON);
            body = JSON.writeValueAsBytes(document(problem, detail, path, id));
        } else if (Routes.isDataset(path) || !prefersHtml(req)) {
            res.setContentType("text/plain;charset=utf-8");
            StringBuilder t = new StringBuilder(detail).append('\n');
            for (Object s : problem.list("suggestions"))
                if (s instanceof Suggestion g)
                    t.append("did you mean: ").append(g.path()).append("  (").append(g.label()).append(")\n");
            body = t.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            res.setContentType("text/html;charset=utf-8");
            res.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_CSP);
            body = page(req, problem, detail).getBytes(StandardCharsets.UTF_8);
        }
        SecurityHeaders.addTo(res);
        res.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            res.getOutputStream().write(body);
    }

    /** What the caller is told: the detail, except for our own faults, where only the request id is. */
    private static String shownDetail(Problem p, String id) {
        return p.kind() == Kind.INTERNAL ? "internal error: request " + id + " (the detail is in the server log)"
                                         : p.detail();
    }

    static Map<String, Object> document(Problem p, String detail, String path, String id) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", p.kind().type());
        d.put("title", p.kind().title());
        d.put("status", p.status());
        d.put("detail", detail);
        d.put("instance", path);
        d.put("requestId", id);
        if (p.kind() != Kind.INTERNAL)
            p.members().forEach(d::putIfAbsent);
        return d;
    }

    private static boolean prefersHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null)
            return false;
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), PAGE_OFFER);
            return m != null && m.getContentTypeStr().equals("text/html");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String page(HttpServletRequest req, Problem p, String detail) {
        boolean french = Language.of(req).equals("fr");
        String heading = ErrorWords.heading(p.kind(), french);
        List<Suggestion> suggestions = p.list("suggestions").stream()
            .filter(Suggestion.class::isInstance).map(Suggestion.class::cast).toList();
        return Templates.render("org/alukg/http/error.jte", new ErrorPageModel(
            french ? "fr" : "en", p.status(), heading, detail, suggestions, ErrorWords.didYouMean(french),
            Routes.STYLESHEET, Routes.UI_QUERY));
    }

    /** A near name offered with a 404: where it is and what it is called. */
    public record Suggestion(String path, String label) {}

    /** The two languages of the pages: {@code ?lang=}, else {@code Accept-Language}, else English. */
    static final class Language {
        private Language() {}

        static String of(HttpServletRequest req) {
            String asked = req.getParameter("lang");
            if ("fr".equals(asked) || "en".equals(asked))
                return asked;
            String header = req.getHeader("Accept-Language");
            if (header == null)
                return "en";
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.ENGLISH, Locale.FRENCH));
                return best == null ? "en" : best.getLanguage();
            } catch (IllegalArgumentException e) {
                return "en";
            }
        }
    }
}
