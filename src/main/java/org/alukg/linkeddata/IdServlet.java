package org.alukg.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /id/kind/slug} names a thing, not a document: it answers {@code 303 See Other} to {@code /doc/kind/slug},
 * keeping an extension and the query string; an IRI the store does not know is a 404 with near names.
 */
final class IdServlet extends LinkedDataServlet {
    private final Describer describer;
    private final Suggestions near;

    IdServlet(String base, Describer describer, Suggestions near) {
        super(base);
        this.describer = describer;
        this.near = near;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        ThingPath path = ThingPath.parse(req.getPathInfo());
        if (!describer.exists(NodeFactory.createURI(path.iri(base))))
            throw new WebException(404, "no such resource: " + path.iri(base), near.near(path.local()));
        String location = "/doc/" + path.local() + path.extension().map(e -> "." + e).orElse("");
        String query = req.getQueryString();
        return Reply.seeOther(query == null ? location : location + "?" + query);
    }
}
