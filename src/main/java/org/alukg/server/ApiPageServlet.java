package org.alukg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;

/**
 * {@code GET /api/}: the OpenAPI document as a page for people, rendered on the server — every path and
 * operation with its parameters, and for each operation read with GET a form that runs it. No script.
 */
final class ApiPageServlet extends HttpServlet {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private final transient Supplier<OpenApiDocument> document;

    ApiPageServlet(Supplier<OpenApiDocument> document) { this.document = document; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        JsonNode doc = document.get().json();
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                                 + "frame-ancestors 'none'; base-uri 'none'");
        PrintWriter w = res.getWriter();
        JsonNode info = doc.path("info");
        w.println("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.println("<title>" + esc(info.path("title").asText()) + "</title><style>"
                  + "body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.4}"
                  + "section{border-top:1px solid #ccc;padding:.5rem 0}code{background:#f3f3f3;padding:0 .2rem}"
                  + "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}"
                  + ".m{font-weight:bold;text-transform:uppercase;margin-right:.5rem}form{margin:.5rem 0}"
                  + "label{display:block;margin:.2rem 0}</style></head><body>");
        w.println("<h1>" + esc(info.path("title").asText()) + " <small>" + esc(info.path("version").asText())
                  + "</small></h1>");
        w.println("<p>" + esc(info.path("description").asText()) + "</p>");
        w.println("<p>Machine-readable: <a href=\"" + Routes.OPENAPI + "\">" + Routes.OPENAPI + "</a> (OpenAPI "
                  + esc(doc.path("openapi").asText()) + ").</p>");
        w.println("<nav><ul>");
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            w.println("<li><a href=\"#" + esc(anchor(path)) + "\"><code>" + esc(path) + "</code></a> "
                      + esc(summary(doc.path("paths").path(path))) + "</li>");
        }
        w.println("</ul></nav>");
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            path(w, e.getKey(), e.getValue());
        }
        w.println("</body></html>");
    }

    private static void path(PrintWriter w, String path, JsonNode item) {
        w.println("<section id=\"" + esc(anchor(path)) + "\"><h2><code>" + esc(path) + "</code></h2>");
        if (item.has("description"))
            w.println("<p>" + esc(item.get("description").asText()) + "</p>");
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!METHODS.contains(e.getKey()))
                continue;
            JsonNode op = e.getValue();
            w.println("<h3><span class=\"m\">" + esc(e.getKey()) + "</span>" + esc(op.path("summary").asText()) + "</h3>");
            JsonNode params = op.path("parameters");
            if (params.size() > 0) {
                w.println("<table><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>description</th></tr>");
                for (JsonNode p : params)
                    w.println("<tr><td><code>" + esc(p.path("name").asText()) + "</code></td><td>" + esc(p.path("in").asText())
                              + "</td><td>" + (p.path("required").asBoolean() ? "yes" : "no") + "</td><td>"
                              + esc(type(p.path("schema"))) + "</td><td>" + esc(p.path("description").asText()) + "</td></tr>");
                w.println("</table>");
            }
            if (e.getKey().equals("get") && !path.contains("{"))
                form(w, path, params);
            JsonNode responses = op.path("responses");
            w.print("<p>Answers: ");
            for (Iterator<Map.Entry<String, JsonNode>> r = responses.fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> re = r.next();
                w.print("<code>" + esc(re.getKey()) + "</code> " + esc(re.getValue().path("description").asText())
                        + (r.hasNext() ? "; " : ""));
            }
            w.println("</p>");
        }
        w.println("</section>");
    }

    /** A plain HTML form that sends the GET request: the browser runs it, no script needed. */
    private static void form(PrintWriter w, String path, JsonNode params) {
        w.println("<form method=\"get\" action=\"" + esc(path) + "\">");
        for (JsonNode p : params) {
            if (!"query".equals(p.path("in").asText()))
                continue;
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            JsonNode options = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
            w.print("<label><code>" + esc(name) + "</code> ");
            if (options.isArray() && options.size() > 0) {
                w.print("<select name=\"" + esc(name) + "\">" + (name.equals("format") ? "" : "<option value=\"\"></option>"));
                for (JsonNode o : options)
                    w.print("<option>" + esc(o.asText()) + "</option>");
                w.print("</select>");
            } else {
                w.print("<input name=\"" + esc(name) + "\"" + (p.path("required").asBoolean() ? " required" : "") + ">");
            }
            w.println("</label>");
        }
        w.println("<button type=\"submit\">Run</button></form>");
    }

    private static String summary(JsonNode item) {
        if (item.has("summary"))
            return item.get("summary").asText();
        for (String m : new String[] {"get", "post"})
            if (item.path(m).has("summary"))
                return item.path(m).get("summary").asText();
        return "";
    }

    private static String type(JsonNode schema) {
        String t = schema.path("type").asText();
        if (t.equals("array"))
            return schema.path("items").path("type").asText() + ", repeatable";
        return t;
    }

    private static String anchor(String path) { return "p" + path.replaceAll("[^A-Za-z0-9]+", "-"); }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
