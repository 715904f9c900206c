package org.alukg.linkeddata;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;

/**
 * {@code /void} and {@code /.well-known/void}: the VoID and DCAT description of the dataset, as Turtle (the
 * default), JSON-LD, RDF/XML, N-Triples, TriG, or a page for people.
 */
final class VoidServlet extends LinkedDataServlet {
    static final List<RdfFormat> OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD, RdfFormat.RDFXML,
                                                   RdfFormat.NTRIPLES, RdfFormat.TRIG);
    private final DatasetDescription description;
    private final ContextDocument context;

    VoidServlet(String base, DatasetDescription description, ContextDocument context) {
        super(base);
        this.description = description;
        this.context = context;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        String uri = req.getRequestURI();
        RdfFormat format = uri.equals(Routes.VOID) || uri.equals(Routes.WELL_KNOWN_VOID)
            ? RdfFormat.negotiate(req.getHeader("Accept"), OFFERS)
                       .orElseThrow(() -> Problem.notAcceptable("no representation for Accept, offered text/turtle, text/html, "
                                                                + "application/ld+json, application/rdf+xml, application/n-triples, application/trig: "
                                                                + req.getHeader("Accept")))
            : RdfFormat.byPath(Routes.VOID, uri).orElseThrow(() -> Problem.notFound("unknown format extension: " + uri));
        if (format == RdfFormat.HTML) {
            PageContext view = PageContext.of(req, base);
            return Reply.page("org/alukg/linkeddata/void.jte", VoidPage.of(view, description.counts()), view.words().lang());
        }
        String origin = req.getScheme() + "://" + req.getHeader("Host");
        return Reply.ok(format.contentType(), format.write(description.describe(origin).getGraph(), context.bytes()));
    }
}
