package org.alukg.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.problem.Problem;

/**
 * {@code GET /api/search?q=&kind=&limit=&lang=}: the things that match, best first, as JSON. A bad parameter is thrown
 * as a {@link Problem}, which the request pipeline answers as a problem document.
 */
final class SearchServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final transient SearchService service;

    SearchServlet(SearchService service) { this.service = service; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        SearchRequest r = request(req);
        List<Hit> hits = service.search(r);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", r.q());
        body.put("kind", r.kinds());
        body.put("limit", r.limit());
        body.put("results", hits);
        res.setStatus(200);
        res.setContentType("application/json;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        JSON.writeValue(res.getOutputStream(), body);
    }

    /** The request of the query string; a bad parameter is a problem naming it. */
    static SearchRequest request(HttpServletRequest req) {
        return new SearchRequest(req.getParameter("q"), SearchRequest.kinds(req.getParameterValues("kind")),
                                 limit(req.getParameter("limit")), req.getParameter("lang"));
    }

    private static int limit(String v) {
        if (v == null || v.isBlank())
            return SearchRequest.DEFAULT_LIMIT;
        if (!WHOLE_NUMBER.matcher(v.strip()).matches())
            throw Problem.badValue("limit", "must be a whole number from 1 to " + SearchRequest.MAX_LIMIT, v);
        return Integer.parseInt(v.strip());
    }
}
