package org.alukg.http;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.apache.logging.log4j.ThreadContext;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first filter of every request, on every path: gives it a request id ({@code X-Request-Id}, taken from the
 * request when the client sent a sane one), turns every {@link Problem} thrown below — and every error a servlet
 * or Jetty sends with {@code sendError}, off the dataset's endpoints — into one answer through
 * {@link ProblemResponses}, turns any other exception into a 500 whose detail stays in the log, and writes the
 * access-log line.
 */
public final class RequestPipeline extends HttpFilter {
    public static final String HEADER = "X-Request-Id";
    private static final String ID = "alukg.requestId";
    static final String USER = "alukg.user";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    /** The id of this request (made on first ask when the pipeline did not run, as in a unit test). */
    public static String requestId(HttpServletRequest req) {
        Object id = req.getAttribute(ID);
        if (id instanceof String s)
            return s;
        String made = newId();
        req.setAttribute(ID, made);
        return made;
    }

    /** Records who made the request, for the access log: called when credentials are accepted. */
    public static void authenticated(HttpServletRequest req, String user) { req.setAttribute(USER, user); }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        var active = Metrics.active(req);
        String given = req.getHeader(HEADER);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : newId();
        req.setAttribute(ID, id);
        res.setHeader(HEADER, id);
        ThreadContext.put("requestId", id);
        String path = req.getRequestURI();
        boolean aborted = false;
        try {
            chain.doFilter(req, Routes.isDataset(path) ? new DatasetAnswers(req, res) : new OwnErrors(req, res));
        } catch (Problem p) {
            aborted = res.isCommitted();
            answer(req, res, p);
        } catch (StackOverflowError e) {
            // Input nested deeper than any reader can follow: the caller's mistake, not a fault of ours.
            aborted = res.isCommitted();
            answer(req, res, Problem.badRequest("input nested too deeply to read: " + req.getRequestURI()));
        } catch (IOException | ServletException | RuntimeException e) {
            Problem p = problemIn(e);
            aborted = res.isCommitted();
            answer(req, res, p != null ? p : Problem.internal(e.getClass().getSimpleName() + ": " + e.getMessage(), e));
        } finally {
            long nanos = System.nanoTime() - start;
            AccessLog.line(req.getMethod(), path, res.getStatus(), aborted ? -1 : bytesWritten(res),
                           nanos / 1_000_000, (String) req.getAttribute(USER), id);
            Metrics.request(req, res.getStatus(), nanos);
            active.stop();
            ThreadContext.remove("requestId");
        }
    }

    /**
     * The problem inside a wrapped exception (servlets wrap what they cannot throw), or the one a refusal of Jetty's
     * own carries (a request that does not decode: its status code says which).
     */
    private static Problem problemIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Problem p)
                return p;
            if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500)
                return new Problem(Kind.ofStatus(h.getCode()), "request does not decode: " + h.getReason());
            if (t instanceof java.nio.charset.UnsupportedCharsetException u)
                return new Problem(Kind.UNSUPPORTED_MEDIA_TYPE, "unsupported charset: " + u.getCharsetName());
            if (t instanceof java.nio.charset.IllegalCharsetNameException u)
                return new Problem(Kind.UNSUPPORTED_MEDIA_TYPE, "unsupported charset: " + u.getCharsetName());
            if (t instanceof java.nio.charset.CharacterCodingException)
                return Problem.badRequest("request does not decode: invalid UTF-8");
        }
        return null;
    }

    private static void answer(HttpServletRequest req, HttpServletResponse res, Problem p) throws IOException {
        if (res.isCommitted()) {
            // Part of the answer is on its way: break the transfer so the client cannot take it for a whole one.
            LOG.error("[{}] {} {} failed after the answer began: {}", requestId(req), req.getMethod(),
                      req.getRequestURI(), p.detail(), p.getCause() != null ? p.getCause() : p);
            throw new IOException("answer aborted: " + p.kind().title());
        }
        ProblemResponses.send(req, res, p);
    }

    private static long bytesWritten(HttpServletResponse res) {
        try {
            if (!res.isCommitted())
                res.flushBuffer(); // the answer is complete: send what is buffered, so it is counted
            return Response.getContentBytesWritten(ServletContextResponse.getServletContextResponse(res));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String newId() { return UUID.randomUUID().toString().replace("-", "").substring(0, 16); }

    /** Sends every {@code sendError} through the one mapper, so no bare Jetty error page is ever shown. */
    private static final class OwnErrors extends HttpServletResponseWrapper {
        private final HttpServletRequest req;

        OwnErrors(HttpServletRequest req, HttpServletResponse res) {
            super(res);
            this.req = req;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            Kind kind = Kind.ofStatus(status);
            String detail = message != null && !message.isBlank() ? message : defaultDetail(kind, req);
            Problem p = new Problem(kind, detail);
            if (status != kind.status())
                p = new Problem(status < 500 ? Kind.BAD_REQUEST : Kind.INTERNAL, detail);
            ProblemResponses.send(req, (HttpServletResponse) getResponse(), p);
        }

        @Override
        public void sendError(int status) throws IOException { sendError(status, null); }

        private static String defaultDetail(Kind kind, HttpServletRequest req) {
            return switch (kind) {
                case NOT_FOUND -> "no such page: " + req.getRequestURI();
                case METHOD_NOT_ALLOWED -> "method not allowed here: " + req.getMethod() + " " + req.getRequestURI();
                default -> kind.title().toLowerCase(java.util.Locale.ROOT) + ": " + req.getRequestURI();
            };
        }
    }
}
