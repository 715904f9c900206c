package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code /ontology}: the ontology's documentation (HTML) or the ontology graph (Turtle, JSON-LD, RDF/XML,
 * N-Triples, TriG) by negotiation or extension ({@code /ontology.ttl} …); {@code /ontology/context.jsonld}: our
 * JSON-LD context. Our ontology terms ({@code …/ontology#Smelter}) dereference here, to their anchor.
 */
final class OntologyServlet extends LinkedDataServlet {
    private final Store store;
    private final ContextDocument context;
    private final Browsing browsing;

    OntologyServlet(String base, Store store, ContextDocument context, Browsing browsing) {
        super(base);
        this.store = store;
        this.context = context;
        this.browsing = browsing;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        String uri = req.getRequestURI();
        if (uri.equals(Routes.ONTOLOGY_CONTEXT))
            return Reply.ok("application/ld+json;charset=utf-8", context.bytes());
        RdfFormat format = uri.equals(Routes.ONTOLOGY)
            ? RdfFormat.negotiate(req.getHeader("Accept"), DocServlet.OFFERS)
                       .orElseThrow(() -> Problem.notAcceptable("no representation for Accept: " + req.getHeader("Accept")))
            : RdfFormat.byPath(Routes.ONTOLOGY, uri).orElseThrow(() -> Problem.notFound("no such document: " + uri));
        Graph ontology = store.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(g, store.dataset().getGraph(Alu.GRAPH_ONTOLOGY));
            return g;
        });
        if (ontology.isEmpty())
            throw Problem.notFound("no ontology loaded: " + Alu.GRAPH_ONTOLOGY.getURI());
        Reply reply;
        if (format == RdfFormat.HTML) {
            PageContext view = PageContext.of(req, base);
            reply = Reply.page("org/alukg/linkeddata/ontology.jte", OntologyPage.of(view, ontology, browsing.classes()), view.words().lang());
        } else {
            reply = Reply.ok(format.contentType(), format.write(ontology, context.bytes()));
        }
        if (uri.equals(Routes.ONTOLOGY))
            reply.withHeader("Content-Location", format.path(Routes.ONTOLOGY));
        return reply;
    }

    /** The paths this servlet answers. */
    static List<String> paths() {
        List<String> p = new ArrayList<>(List.of(Routes.ONTOLOGY, Routes.ONTOLOGY_CONTEXT));
        for (RdfFormat f : RdfFormat.values())
            p.add(f.path(Routes.ONTOLOGY));
        return p;
    }
}
