package org.alukg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.alukg.store.Store;

/**
 * {@code GET /api/queries}: the catalog. {@code GET} or {@code POST /api/queries/{name}}: runs one named query
 * with the request's parameters, in the format of {@code format} or {@code Accept}, a page at a time with
 * {@code page} and {@code per_page}. An empty value counts as not given (so blank form fields do no harm). A
 * mistake of the caller is thrown as a {@link Problem} (400, 404, 405, 406) naming what is wrong; the request
 * pipeline answers it, and any failure of ours, as a problem document.
 */
final class QueriesServlet extends HttpServlet {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Set<String> RESERVED = Set.of("format", "page", "per_page");

    private final transient Catalog catalog;
    private final transient Store store;

    QueriesServlet(Catalog catalog, Store store) {
        this.catalog = catalog;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        handle(req, res);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        handle(req, res);
    }

    private void handle(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            if (!req.getMethod().equals("GET"))
                throw notAllowed(res, "GET", "the list of named queries is read with GET: " + req.getMethod());
            list(res);
            return;
        }
        String name = path.substring(1);
        if (name.endsWith(SPARQL_SUFFIX) && catalog.has(name.substring(0, name.length() - SPARQL_SUFFIX.length()))) {
            if (!req.getMethod().equals("GET"))
                throw notAllowed(res, "GET", "the SPARQL text of a named query is read with GET: " + req.getMethod());
            sparql(catalog.get(name.substring(0, name.length() - SPARQL_SUFFIX.length())), req, res);
            return;
        }
        if (!catalog.has(name))
            throw Problem.notFound("no named query: " + name + " (GET " + Routes.QUERIES + " lists them)")
                         .field("name", name);
        run(catalog.get(name), req, res);
    }

    /** A 405 that says, in {@code Allow}, which methods are. */
    private static Problem notAllowed(HttpServletResponse res, String allowed, String detail) {
        res.setHeader("Allow", allowed);
        return Problem.methodNotAllowed(detail);
    }

    /** What {@code /api/queries/{name}} followed by this gives: the query's SPARQL text with its parameters bound. */
    static final String SPARQL_SUFFIX = "/sparql";

    private void list(HttpServletResponse res) throws IOException {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (NamedQuery q : catalog.all()) {
            ObjectNode o = all.addObject();
            o.put("name", q.name());
            o.put("summary", q.summary());
            o.put("description", q.description());
            ArrayNode tags = o.putArray("tags");
            q.tags().forEach(tags::add);
            o.put("url", Routes.namedQuery(q.name()));
            o.put("sparql", Routes.namedQuery(q.name()) + SPARQL_SUFFIX);
            o.put("kind", q.isSelect() ? "select" : q.isAsk() ? "ask" : "graph");
            ArrayNode formats = o.putArray("formats");
            ResultFormat.forQuery(q).forEach(f -> formats.add(f.id()));
            if (q.pagination() != null)
                o.put("pagination", q.pagination());
            ArrayNode ps = o.putArray("parameters");
            for (Parameter p : q.parameters()) {
                ObjectNode po = ps.addObject();
                po.put("name", p.name());
                po.put("variable", "?" + p.var().getVarName());
                po.put("type", p.kindName());
                po.put("required", p.required());
                po.put("description", p.description());
                ArrayNode d = po.putArray("default");
                p.defaults().forEach(d::add);
                ArrayNode e = po.putArray("enum");
                p.allowed().forEach(e::add);
            }
        }
        res.setContentType("application/json;charset=utf-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(res.getOutputStream(), all);
    }

    private void run(NamedQuery q, HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (q.method().equals("POST") && !req.getMethod().equals("POST"))
            throw notAllowed(res, "POST", "named query " + q.name() + " is run with POST: " + req.getMethod());
        Map<String, List<String>> params = params(req);
        ResultFormat format = ResultFormat.choose(q, single(req, "format"), req.getHeader("Accept"));
        Answer.Page page = Answer.Page.of(single(req, "page"), single(req, "per_page"), q);
        Answer answer = Answer.of(store, q, params, page);

        res.setHeader("Vary", "Accept");
        res.setContentType(format.contentType());
        if (page.perPage() != null)
            res.setHeader("Link", links(req, page, answer.more()));
        OutputStream out = res.getOutputStream();
        if (answer.rows() != null)
            format.write(out, answer.rows());
        else if (answer.yes() != null)
            format.write(out, answer.yes());
        else
            format.write(out, answer.graph());
    }

    /**
     * {@code GET /api/queries/{name}/sparql?param=…}: the query with those parameters bound (as RDF terms, in a
     * {@code VALUES} block, checked as for a run), as SPARQL text to paste into an editor or send to any endpoint.
     */
    private static void sparql(NamedQuery q, HttpServletRequest req, HttpServletResponse res) throws IOException {
        String text = ParameterBinder.bind(q, params(req)).serialize();
        res.setContentType("application/sparql-query;charset=utf-8");
        res.getOutputStream().write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The parameters of the query string, by name, without the reserved ones (format, page …) and empty values. */
    private static Map<String, List<String>> params(HttpServletRequest req) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            List<String> given = java.util.Arrays.stream(v).filter(s -> !s.isEmpty()).toList();
            if (!RESERVED.contains(k) && !given.isEmpty())
                params.put(k, given);
        });
        return params;
    }

    private static String single(HttpServletRequest req, String name) {
        String[] v = req.getParameterValues(name);
        if (v == null)
            return null;
        if (v.length > 1)
            throw Problem.badRequest("give " + name + " once: " + String.join(", ", v)).field(name, String.join(", ", v));
        return v[0];
    }

    /** RFC 8288 links to the first, previous and next pages, keeping every other parameter. */
    private static String links(HttpServletRequest req, Answer.Page page, boolean more) {
        List<String> links = new ArrayList<>();
        links.add(link(req, 1, page.perPage(), "first"));
        if (page.page() > 1)
            links.add(link(req, page.page() - 1, page.perPage(), "prev"));
        if (more)
            links.add(link(req, page.page() + 1, page.perPage(), "next"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest req, int pageNo, int perPage, String rel) {
        StringBuilder q = new StringBuilder();
        req.getParameterMap().forEach((k, vs) -> {
            if (k.equals("page") || k.equals("per_page"))
                return;
            for (String v : vs)
                q.append(enc(k)).append('=').append(enc(v)).append('&');
        });
        q.append("page=").append(pageNo).append("&per_page=").append(perPage);
        return "<" + req.getRequestURI() + "?" + q + ">; rel=\"" + rel + "\"";
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
