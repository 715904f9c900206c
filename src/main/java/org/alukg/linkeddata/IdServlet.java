package org.alukg.linkeddata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.ProblemResponses.Suggestion;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
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
            throw unknown(path.iri(base), near.near(path.thing()));
        String location = path.extension().map(e -> Routes.inSyntax(path.docPath(), e)).orElse(path.docPath());
        String query = req.getQueryString();
        return Reply.seeOther(query == null ? location : location + "?" + query);
    }

    /** The 404 of an IRI the store does not know, with the near names it does. */
    static Problem unknown(String iri, List<Suggestion> suggestions) {
        return Problem.notFound("no such resource: " + iri).with("suggestions", suggestions);
    }
}
