package org.alukg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.problem.Problem;

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
                return Reply.page("org/alukg/linkeddata/dumps.jte", DumpsPage.of(view, d), view.words().lang())
                            .withLastModified(d.made());
            default:
                throw Problem.notFound("no such download: " + req.getRequestURI());
        }
    }
}
