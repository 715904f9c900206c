package org.alukg.trace;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code GET /api/trace} and {@code GET /api/paths}: parameters in, a trace out; errors as {@code {"error": …}}. */
final class TraceServlet extends HttpServlet {
    static final String TRACE = "/api/trace", PATHS = "/api/paths";
    private static final Logger LOG = LoggerFactory.getLogger(TraceServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AcceptList OFFER = AcceptList.create(
        Arrays.stream(TraceFormat.values()).map(TraceFormat::mediaType).toArray(String[]::new));

    private final TraceService service;
    private final boolean paths;

    TraceServlet(TraceService service, boolean paths) {
        this.service = service;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        TraceResult result;
        TraceFormat format;
        try {
            format = format(req);
            result = paths ? service.paths(pathRequest(req)) : service.trace(traceRequest(req));
        } catch (TraceException e) {
            error(res, e.status(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("trace failed: " + req.getRequestURI() + "?" + req.getQueryString(), e);
            error(res, 500, "trace failed: " + e.getMessage());
            return;
        }
        res.setStatus(200);
        res.setContentType(format.mediaType() + ";charset=utf-8");
        res.setHeader("Vary", "Accept");
        TraceWriter.write(result, format, res.getOutputStream());
    }

    private static TraceRequest traceRequest(HttpServletRequest req) {
        String[] from = req.getParameterValues("from");
        List<String> starts = from == null ? List.of()
            : Arrays.stream(from).flatMap(f -> Arrays.stream(f.split(","))).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        String weak = req.getParameter("weakPoints");
        if (weak != null && !weak.equals("true") && !weak.equals("false"))
            throw TraceException.bad("weakPoints must be true or false: " + weak);
        return new TraceRequest(starts, Direction.parse(req.getParameter("direction")),
                                integer(req, "depth", 3), req.getParameter("product"), year(req),
                                lang(req), !"false".equals(weak));
    }

    private static PathRequest pathRequest(HttpServletRequest req) {
        String from = req.getParameter("from"), to = req.getParameter("to");
        if (from == null || to == null)
            throw TraceException.bad("missing parameter: " + (from == null ? "from" : "to"));
        return new PathRequest(from, to, integer(req, "maxLength", 4), req.getParameter("product"), year(req),
                               lang(req));
    }

    private static int integer(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank())
            return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw TraceException.bad(name + " must be a whole number: " + v);
        }
    }

    private static Integer year(HttpServletRequest req) {
        String v = req.getParameter("asOf");
        if (v == null || v.isBlank())
            return null;
        if (!v.strip().matches("\\d{4}"))
            throw TraceException.bad("asOf must be a year such as 2020: " + v);
        return Integer.parseInt(v.strip());
    }

    private static String lang(HttpServletRequest req) {
        String v = req.getParameter("lang");
        if (v == null || v.equals("en") || v.equals("fr"))
            return v;
        throw TraceException.bad("lang must be en or fr: " + v);
    }

    private static TraceFormat format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null)
            return TraceFormat.parse(f);
        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null ? null : AcceptList.match(AcceptList.create(accept), OFFER);
        return chosen == null ? TraceFormat.json : TraceFormat.parse(chosen.getContentTypeStr());
    }

    private static void error(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=utf-8");
        res.setCharacterEncoding("utf-8");
        res.getOutputStream().write(JSON.writeValueAsBytes(Map.of("error", message)));
    }
}
