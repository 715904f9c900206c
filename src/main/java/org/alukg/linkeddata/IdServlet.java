package org.alukg.linkeddata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.ProblemResponses.Suggestion;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /id/kind/slug} names a thing, not a document: it answers {@code 303 See Other} to {@code /doc/kind/slug},
 * keeping an extension and the query string; an IRI the store does not know is a 404 with near names.
 * {@code /id/kind/} is the page listing the things of that kind, a page at a time.
 */
final class IdServlet extends LinkedDataServlet {
    private final Describer describer;
    private static final Pattern KIND = Pattern.compile("/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/?");
    private final Suggestions near;
    private final Browsing browsing;

    IdServlet(String base, Describer describer, Suggestions near, Browsing browsing) {
        super(base);
        this.describer = describer;
        this.near = near;
        this.browsing = browsing;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        Matcher kind = KIND.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (kind.matches())
            return kindPage(req, kind.group(1));
        ThingPath path = ThingPath.parse(req.getPathInfo());
        if (!describer.exists(NodeFactory.createURI(path.iri(base))))
            throw unknown(path.iri(base), near.near(path.thing()));
        String location = path.extension().map(e -> Routes.inSyntax(path.docPath(), e)).orElse(path.docPath());
        String query = req.getQueryString();
        return Reply.seeOther(query == null ? location : location + "?" + query);
    }

    /** The page of the things of one kind: {@code /id/site/}. */
    private Reply kindPage(HttpServletRequest req, String kind) {
        PageContext view = PageContext.of(req, base);
        InterfaceText w = view.words();
        List<Browsing.Listed> things = browsing.ofKind(kind, w.lang());
        if (things.isEmpty())
            throw Problem.notFound("no things of this kind: " + kind);
        int page = ListPage.page(req.getParameter("page"), things.size());
        String title = w.text("browse.kind").replace("{0}", kind);
        return Reply.page("org/alukg/linkeddata/listing.jte",
                          ListPage.of(view.frame(title, List.of()), w, view, Routes.kindPage(kind), title, "", "",
                                      List.of(new Ref(w.text("footer.ontology"), view.local(Routes.ONTOLOGY + "#hierarchy"))),
                                      "", List.of(), things, page), w.lang());
    }

    /** The 404 of an IRI the store does not know, with the near names it does. */
    static Problem unknown(String iri, List<Suggestion> suggestions) {
        return Problem.notFound("no such resource: " + iri).with("suggestions", suggestions);
    }
}
