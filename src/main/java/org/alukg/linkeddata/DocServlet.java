package org.alukg.linkeddata;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.problem.Problem;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /doc/kind/slug}: the description of {@code <base>id/kind/slug} in the representation the client asks
 * for with {@code Accept} (HTML, Turtle, JSON-LD, RDF/XML, N-Triples, TriG), or named by an extension
 * ({@code .html .ttl .jsonld .rdf .nt .trig}).
 */
final class DocServlet extends LinkedDataServlet {
    static final List<RdfFormat> OFFERS = List.of(RdfFormat.HTML, RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML,
                                                   RdfFormat.NTRIPLES, RdfFormat.TRIG);
    private final Describer describer;
    private final Suggestions near;
    private final ContextDocument context;
    private final PageCache cache;

    DocServlet(String base, Describer describer, Suggestions near, ContextDocument context, PageCache cache) {
        super(base);
        this.describer = describer;
        this.near = near;
        this.context = context;
        this.cache = cache;
    }

    @Override
    Reply answer(HttpServletRequest req) { return cache.answer(req, () -> made(req)); }

    private Reply made(HttpServletRequest req) {
        ThingPath path = ThingPath.parse(req.getPathInfo());
        RdfFormat format = chosen(req, path);
        String iri = path.iri(base);
        Graph description = describer.describe(NodeFactory.createURI(iri));
        if (description.isEmpty())
            throw IdServlet.unknown(iri, near.near(path.thing()));
        String docPath = path.docPath();
        Reply reply;
        if (format == RdfFormat.HTML) {
            PageContext view = PageContext.of(req, base);
            ResourcePage page = DescriptionReader.read(view, description, describer.vocabulary(description), iri, docPath,
                                                       describer.inferred(NodeFactory.createURI(iri)));
            reply = Reply.page("org/alukg/linkeddata/resource.jte", page, view.words().lang());
        } else {
            reply = Reply.ok(format.contentType(), format.write(description, context.bytes()));
        }
        if (path.extension().isEmpty())
            reply.withHeader("Content-Location", format.path(docPath));
        return reply.withHeader("Link", alternates(docPath));
    }

    /** The format named by the extension, else the best for {@code Accept}; 404 and 406 otherwise. */
    static RdfFormat chosen(HttpServletRequest req, ThingPath path) {
        if (path.extension().isPresent())
            return RdfFormat.byExtension(path.extension().get()).orElseThrow(() -> Problem.notFound(
                "unknown format extension, use .html .ttl .jsonld .rdf .nt or .trig: ." + path.extension().get()));
        return RdfFormat.negotiate(req.getHeader("Accept"), OFFERS).orElseThrow(() -> Problem.notAcceptable(
            "no representation for Accept, offered text/html, text/turtle, application/ld+json, application/rdf+xml, "
            + "application/n-triples, application/trig: " + req.getHeader("Accept")));
    }

    private static String alternates(String docPath) {
        return OFFERS.stream().map(f -> "<" + f.path(docPath) + ">; rel=\"alternate\"; type=\""
                                        + f.mediaType() + "\"").collect(Collectors.joining(", "));
    }
}
