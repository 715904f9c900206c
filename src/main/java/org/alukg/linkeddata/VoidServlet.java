package org.alukg.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
        RdfFormat format = uri.startsWith("/void.")
            ? RdfFormat.byExtension(uri.substring("/void.".length())).orElseThrow(() -> new WebException(404, "unknown format extension: " + uri))
            : RdfFormat.negotiate(req.getHeader("Accept"), OFFERS)
            .orElseThrow(() -> new WebException(406, "no representation for Accept, offered text/turtle, text/html, "
                                                     + "application/ld+json, application/rdf+xml, application/n-triples, application/trig: "
                                                     + req.getHeader("Accept")));
        if (format == RdfFormat.HTML) {
            PageContext view = PageContext.of(req, base);
            return Reply.ok("text/html;charset=utf-8", page(view, description.counts()).getBytes(StandardCharsets.UTF_8))
                        .withHeader("Content-Language", view.words().lang());
        }
        String origin = req.getScheme() + "://" + req.getHeader("Host");
        return Reply.ok(format.contentType(), format.write(description.describe(origin).getGraph(), context.bytes()));
    }

    private static String page(PageContext view, DatasetDescription.Counts c) {
        InterfaceText w = view.words();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(w.text("void.title"))).append("</h1>\n<p class=\"formats\">")
         .append(Html.esc(w.text("ontology.rdf"))).append(" ").append(Html.link("/void.ttl", "Turtle")).append("</p>\n<table class=\"facts\" id=\"counts\">\n");
        row(b, "void:triples", c.triples());
        row(b, "void:entities", c.entities());
        row(b, "void:distinctSubjects", c.subjects());
        row(b, "void:distinctObjects", c.objects());
        row(b, "void:properties", c.properties());
        row(b, "void:classes", c.classes().size());
        b.append("</table>\n<h2>void:classPartition</h2>\n<table class=\"facts\" id=\"classes\">\n");
        for (Map.Entry<String, Long> e : c.classes().entrySet()) {
            String href = view.href(e.getKey());
            b.append("<tr><th scope=\"row\">").append(href == null ? Html.esc(e.getKey()) : Html.link(href, e.getKey()))
             .append("</th><td>").append(e.getValue()).append("</td></tr>\n");
        }
        b.append("</table>\n<p>").append(Html.link("/cluster/sparql", "SPARQL")).append(" · ")
         .append(Html.link("/dumps/", w.text("footer.dumps"))).append(" · ")
         .append(Html.link(DatasetDescription.LICENSE, "CC BY 4.0")).append("</p>\n");
        return Html.page(view, w.text("void.title"), b.toString(), List.of(new Html.Alternate("text/turtle", "/void")));
    }

    private static void row(StringBuilder b, String name, long n) {
        b.append("<tr><th scope=\"row\">").append(Html.esc(name)).append("</th><td>").append(n).append("</td></tr>\n");
    }
}
