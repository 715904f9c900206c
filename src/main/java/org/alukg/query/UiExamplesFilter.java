package org.alukg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the named queries among the example queries of the Fuseki UI's query editor, and the prefixes of our
 * ontology ({@code alu}, {@code org}, {@code schema}, {@code skos}, {@code dct}, {@code prov}, {@code geo},
 * {@code qb} …) among its prefix buttons. The UI (jena-fuseki-ui)
 * lists its examples in its query page's script as an array of {@code {value, text}}; this filter serves that
 * one file with an entry per named query appended (its name as the badge, the file's text — header and
 * parameters included — as the query, JSON-escaped). Clicking a badge fills the editor. A UI whose script no
 * longer has the array is served unchanged, and a warning is logged.
 */
final class UiExamplesFilter extends HttpFilter {
    private static final Logger LOG = LoggerFactory.getLogger(UiExamplesFilter.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Pattern QUERY_PAGE = Pattern.compile("/static/Query-[A-Za-z0-9_-]+\\.js");
    /** The end of the UI's own example list. */
    static final String MARKER = "text:\"Selection of classes\"}]";
    /** The end of the UI's own prefix list. */
    static final String PREFIX_MARKER = "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}]";

    private final transient Catalog catalog;
    private final transient Map<String, String> prefixes;
    private final transient Map<String, byte[]> served = new ConcurrentHashMap<>();

    /** {@code prefixes}: prefix to namespace, offered as buttons besides the UI's own (rdf, rdfs, owl, xsd). */
    UiExamplesFilter(Catalog catalog, Map<String, String> prefixes) {
        this.catalog = catalog;
        this.prefixes = prefixes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!QUERY_PAGE.matcher(path).matches() || !"GET".equals(req.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        byte[] body = served.computeIfAbsent(path, this::withExamples);
        if (body.length == 0) {
            chain.doFilter(req, res);
            return;
        }
        res.setContentType("text/javascript;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    /** The UI's script with our examples added, or nothing when it is not there or has no example list. */
    private byte[] withExamples(String path) {
        String script;
        try (InputStream in = UiExamplesFilter.class.getClassLoader().getResourceAsStream("webapp" + path)) {
            if (in == null)
                return new byte[0];
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot read the UI script {}: {}", path, e.getMessage());
            return new byte[0];
        }
        int at = script.indexOf(MARKER);
        if (at < 0) {
            LOG.warn("the query editor's example list was not found in {}: named queries are not offered there", path);
            return new byte[0];
        }
        StringBuilder examples = new StringBuilder();
        for (NamedQuery q : catalog.all())
            examples.append(",{value:").append(jsString(q.text())).append(",text:").append(jsString(q.name())).append('}');
        int end = at + MARKER.length() - 1;
        script = script.substring(0, end) + examples + script.substring(end);
        int p = script.indexOf(PREFIX_MARKER);
        if (p < 0) {
            LOG.warn("the query editor's prefix list was not found in {}: our prefixes are not offered there", path);
        } else {
            StringBuilder more = new StringBuilder();
            prefixes.forEach((prefix, ns) -> {
                if (!List.of("rdf", "rdfs", "owl", "xsd").contains(prefix))
                    more.append(",{uri:").append(jsString(ns)).append(",text:").append(jsString(prefix)).append('}');
            });
            int close = p + PREFIX_MARKER.length() - 1;
            script = script.substring(0, close) + more + script.substring(close);
        }
        return script.getBytes(StandardCharsets.UTF_8);
    }

    /** A JavaScript string literal: JSON's escaping, plus the two line separators JSON leaves as they are. */
    private static String jsString(String s) {
        try {
            return JSON.writeValueAsString(s).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
                               .replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
