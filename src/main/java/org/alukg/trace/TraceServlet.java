package org.alukg.trace;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.problem.Problem;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * {@code GET /api/trace} and {@code GET /api/paths}: parameters in, a trace out. A bad parameter, a request over a cap
 * or an unknown node is thrown as a {@link Problem}, which the request pipeline answers.
 */
final class TraceServlet extends HttpServlet {
    private static final AcceptList OFFER = AcceptList.create(
        Arrays.stream(TraceFormat.values()).map(TraceFormat::mediaType).toArray(String[]::new));
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}"), YEAR = Pattern.compile("\\d{4}");

    private final transient TraceService service;
    private final boolean paths;

    TraceServlet(TraceService service, boolean paths) {
        this.service = service;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        TraceFormat format = format(req);
        TraceResult result = paths ? service.paths(pathRequest(req)) : service.trace(traceRequest(req));
        res.setStatus(200);
        res.setContentType(format.mediaType() + ";charset=utf-8");
        res.setHeader("Vary", "Accept");
        TraceWriter.write(result, format, res.getOutputStream(), service::pageOf);
    }

    private static TraceRequest traceRequest(HttpServletRequest req) {
        String[] from = req.getParameterValues("from");
        List<String> starts = from == null ? List.of()
            : Arrays.stream(from).flatMap(f -> Arrays.stream(f.split(","))).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        String weak = req.getParameter("weakPoints");
        if (weak != null && !weak.equals("true") && !weak.equals("false"))
            throw Problem.badValue("weakPoints", "must be true or false", weak);
        String between = req.getParameter("betweenness");
        if (between != null && !between.equals("true") && !between.equals("false"))
            throw Problem.badValue("betweenness", "must be true or false", between);
        return new TraceRequest(starts, Direction.parse(req.getParameter("direction")),
                                integer(req, "depth", 3), req.getParameter("product"), year(req),
                                lang(req), !"false".equals(weak), include(req),
                                between == null ? null : Boolean.valueOf(between));
    }

    private static PathRequest pathRequest(HttpServletRequest req) {
        for (String name : List.of("from", "to"))
            if (req.getParameter(name) == null)
                throw Problem.badRequest("missing parameter: " + name).field(name, null);
        return new PathRequest(req.getParameter("from"), req.getParameter("to"), integer(req, "maxLength", 4),
                               req.getParameter("product"), year(req), lang(req), include(req));
    }

    /** The kinds of link to follow besides supply: {@code include=funding,ownership}, or the parameter repeated. */
    private static Set<Include> include(HttpServletRequest req) {
        String[] v = req.getParameterValues("include");
        return Include.parse("include", v == null ? null : Arrays.asList(v));
    }

    private static int integer(HttpServletRequest req, String name, int fallback) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank())
            return fallback;
        if (!WHOLE_NUMBER.matcher(v.strip()).matches())
            throw Problem.badValue(name, "must be a whole number", v);
        return Integer.parseInt(v.strip());
    }

    private static Integer year(HttpServletRequest req) {
        String v = req.getParameter("asOf");
        if (v == null || v.isBlank())
            return null;
        if (!YEAR.matcher(v.strip()).matches())
            throw Problem.badValue("asOf", "must be a year such as 2020", v);
        return Integer.parseInt(v.strip());
    }

    private static String lang(HttpServletRequest req) {
        String v = req.getParameter("lang");
        if (v == null || v.equals("en") || v.equals("fr"))
            return v;
        throw Problem.badValue("lang", "must be en or fr", v);
    }

    private static TraceFormat format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null)
            return TraceFormat.parse(f);
        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null ? null : AcceptList.match(AcceptList.create(accept), OFFER);
        return chosen == null ? TraceFormat.json : TraceFormat.parse(chosen.getContentTypeStr());
    }
}
