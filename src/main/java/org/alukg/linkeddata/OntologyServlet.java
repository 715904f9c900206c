package org.alukg.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code /ontology}: the ontology's documentation (HTML) or the ontology graph (Turtle, JSON-LD, RDF/XML,
 * N-Triples, TriG) by negotiation or extension ({@code /ontology.ttl} …); {@code /ontology/context.jsonld}: our
 * JSON-LD context. Our ontology terms ({@code …/ontology#Smelter}) dereference here, to their anchor.
 */
final class OntologyServlet extends LinkedDataServlet {
    private final Store store;
    private final ContextDocument context;

    OntologyServlet(String base, Store store, ContextDocument context) {
        super(base);
        this.store = store;
        this.context = context;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        String uri = req.getRequestURI();
        if (uri.equals("/ontology/" + ContextDocument.FILE))
            return Reply.ok("application/ld+json;charset=utf-8", context.bytes());
        RdfFormat format;
        if (uri.equals("/ontology")) {
            format = RdfFormat.negotiate(req.getHeader("Accept"), DocServlet.OFFERS)
                              .orElseThrow(() -> new WebException(406, "no representation for Accept: " + req.getHeader("Accept")));
        } else if (uri.startsWith("/ontology.")) {
            String ext = uri.substring("/ontology.".length());
            format = RdfFormat.byExtension(ext).orElseThrow(() -> new WebException(404, "unknown format extension: ." + ext));
        } else {
            throw new WebException(404, "no such document: " + uri);
        }
        Graph ontology = store.read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            org.apache.jena.graph.GraphUtil.addInto(g, store.dataset().getGraph(Alu.GRAPH_ONTOLOGY));
            return g;
        });
        if (ontology.isEmpty())
            throw new WebException(404, "no ontology loaded: " + Alu.GRAPH_ONTOLOGY.getURI());
        Reply reply;
        if (format == RdfFormat.HTML) {
            PageContext view = PageContext.of(req, base);
            reply = Reply.ok("text/html;charset=utf-8", OntologyPage.html(view, ontology).getBytes(StandardCharsets.UTF_8))
                         .withHeader("Content-Language", view.words().lang());
        } else {
            reply = Reply.ok(format.contentType(), format.write(ontology, context.bytes()));
        }
        if (uri.equals("/ontology"))
            reply.withHeader("Content-Location", "/ontology." + format.extension());
        return reply;
    }

    /** The paths this servlet answers. */
    static List<String> paths() {
        List<String> p = new java.util.ArrayList<>(List.of("/ontology", "/ontology/" + ContextDocument.FILE));
        for (RdfFormat f : RdfFormat.values())
            p.add("/ontology." + f.extension());
        return p;
    }
}
