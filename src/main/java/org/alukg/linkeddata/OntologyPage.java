package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The documentation of the ontology: its classes and properties, each with an anchor, both labels, description. */
final class OntologyPage {
    private OntologyPage() {}

    static String html(PageContext view, Graph ontology) {
        InterfaceText w = view.words();
        Model m = ModelFactory.createModelForGraph(ontology);
        List<Resource> classes = terms(m, Set.of(OWL.Class, RDFS.Class));
        List<Resource> properties = terms(m, Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property));
        StringBuilder b = new StringBuilder(32768);
        b.append("<h1>").append(Html.esc(w.text("ontology.title"))).append("</h1>\n<p class=\"iri\"><code>")
         .append(Html.esc(Alu.NS)).append("</code></p>\n<p class=\"formats\">").append(Html.esc(w.text("ontology.rdf"))).append(" ")
         .append(Html.link(view.local("/ontology.ttl"), "Turtle")).append(" · ").append(Html.link("/ontology.jsonld", "JSON-LD"))
         .append(" · ").append(Html.link("/ontology.rdf", "RDF/XML")).append(" · ")
         .append(Html.link("/ontology/" + ContextDocument.FILE, "JSON-LD @context")).append("</p>\n");
        section(b, view, m, w.text("ontology.classes"), "classes", classes, List.of(RDFS.subClassOf), List.of(w.text("ontology.subClassOf")));
        section(b, view, m, w.text("ontology.properties"), "properties", properties, List.of(RDFS.domain, RDFS.range),
                List.of(w.text("ontology.domain"), w.text("ontology.range")));
        return Html.page(view, w.text("ontology.title"), b.toString(), List.of(
            new Html.Alternate("text/turtle", "/ontology.ttl"), new Html.Alternate("application/ld+json", "/ontology.jsonld")));
    }

    private static void section(StringBuilder b, PageContext view, Model m, String title, String id, List<Resource> terms,
                                List<Property> extra, List<String> extraNames) {
        InterfaceText w = view.words();
        b.append("<section id=\"").append(id).append("\"><h2>").append(Html.esc(title)).append("</h2>\n<table class=\"terms\"><thead><tr><th scope=\"col\">")
         .append(Html.esc(w.text("ontology.term"))).append("</th><th scope=\"col\">").append(Html.esc(w.text("ontology.english")))
         .append("</th><th scope=\"col\">").append(Html.esc(w.text("ontology.french"))).append("</th>");
        for (String n : extraNames)
            b.append("<th scope=\"col\">").append(Html.esc(n)).append("</th>");
        b.append("<th scope=\"col\">").append(Html.esc(w.text("ontology.description"))).append("</th></tr></thead><tbody>\n");
        for (Resource t : terms) {
            String local = t.getURI().substring(Alu.NS.length());
            b.append("<tr id=\"").append(Html.attr(local)).append("\"><td><code>alu:").append(Html.esc(local)).append("</code></td><td lang=\"en\">")
             .append(Html.esc(literal(t, RDFS.label, "en"))).append("</td><td lang=\"fr\">").append(Html.esc(literal(t, RDFS.label, "fr"))).append("</td>");
            for (Property p : extra) {
                List<String> links = new ArrayList<>();
                for (Statement s : t.listProperties(p).toList())
                    links.add(term(view, s.getObject()));
                b.append("<td>").append(String.join(", ", links)).append("</td>");
            }
            String comment = literal(t, RDFS.comment, w.lang());
            b.append("<td>").append(Html.esc(comment.isEmpty() ? literal(t, RDFS.comment, "en") : comment)).append("</td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
    }

    private static String term(PageContext view, RDFNode n) {
        if (!n.isURIResource())
            return "…";
        String iri = n.asResource().getURI();
        String shown = iri.startsWith(Alu.NS) ? "alu:" + iri.substring(Alu.NS.length()) : iri;
        String href = view.href(iri);
        return href == null ? Html.esc(shown) : Html.link(href, shown);
    }

    private static List<Resource> terms(Model m, Set<Resource> types) {
        List<Resource> out = new ArrayList<>();
        for (Resource type : types)
            m.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(Alu.NS) && !out.contains(s))
                    out.add(s);
            });
        out.sort(Comparator.comparing(Resource::getURI));
        return out;
    }

    private static String literal(Resource r, Property p, String lang) {
        for (Statement s : r.listProperties(p).toList())
            if (s.getObject().isLiteral() && s.getLanguage().equals(lang))
                return s.getString();
        return "";
    }
}
