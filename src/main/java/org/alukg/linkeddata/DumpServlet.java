package org.alukg.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /dumps/}: the list of downloads; {@code /dumps/alukg.nq.gz} and {@code /dumps/alukg.ttl}, with ETag,
 * Last-Modified (when they were made) and Content-Length. The gzip file is sent as it is; the Turtle file is
 * gzipped in transit when the client asks.
 */
final class DumpServlet extends LinkedDataServlet {
    private final Dumps dumps;

    DumpServlet(String base, Dumps dumps) {
        super(base);
        this.dumps = dumps;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        Dumps.Built d = dumps.current();
        switch (path) {
            case "/" + Dumps.NQUADS:
                return Reply.ok("application/gzip", d.nquadsGz()).withLastModified(d.made())
                            .withHeader("Content-Disposition", "attachment; filename=\"" + Dumps.NQUADS + "\"");
            case "/" + Dumps.TURTLE:
                return Reply.ok("text/turtle;charset=utf-8", d.turtle()).withGzipped(d.turtleGz()).withLastModified(d.made());
            case "/":
                PageContext view = PageContext.of(req, base);
                return Reply.ok("text/html;charset=utf-8", index(view, d).getBytes(StandardCharsets.UTF_8)).withLastModified(d.made());
            default:
                throw new WebException(404, "no such download: " + req.getRequestURI());
        }
    }

    private static String index(PageContext view, Dumps.Built d) {
        InterfaceText w = view.words();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(w.text("dumps.title"))).append("</h1>\n<p>").append(Html.esc(w.text("dumps.intro")))
         .append("</p>\n<table class=\"dumps\"><thead><tr><th scope=\"col\">").append(Html.esc(w.text("dumps.file")))
         .append("</th><th scope=\"col\">").append(Html.esc(w.text("dumps.size"))).append("</th><th scope=\"col\">")
         .append(Html.esc(w.text("dumps.modified"))).append("</th></tr></thead><tbody>\n");
        row(b, Dumps.NQUADS, "N-Quads (gzip)", d.nquadsGz().length, d);
        row(b, Dumps.TURTLE, "Turtle", d.turtle().length, d);
        b.append("</tbody></table>\n");
        return Html.page(view, w.text("dumps.title"), b.toString(), List.of());
    }

    private static void row(StringBuilder b, String file, String what, long bytes, Dumps.Built d) {
        b.append("<tr><td>").append(Html.link("/dumps/" + file, file)).append(" <small>").append(Html.esc(what))
         .append("</small></td><td>").append(bytes).append(" B</td><td><time>").append(d.made()).append("</time></td></tr>\n");
    }
}
