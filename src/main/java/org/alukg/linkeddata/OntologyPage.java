package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alukg.http.Routes;
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
import org.apache.jena.vocabulary.SKOS;

/**
 * What the documentation of the ontology shows ({@code ontology.jte}): its namespace, its syntaxes, and its classes
 * and properties, each with an anchor, both labels, its domain and range or superclasses, and its description.
 */
public record OntologyPage(Frame frame, InterfaceText words, String namespace, List<Ref> formats, List<ClassNode> hierarchy,
                           List<Section> sections) {

    /** A class in the hierarchy: its name linked to its page, how many things are of it (or of a subclass), its subclasses. */
    public record ClassNode(Ref ref, int count, List<ClassNode> children) {}

    /** The classes, or the properties: the names of the columns between the labels and the description. */
    public record Section(String id, String title, List<String> columns, List<Term> terms) {}

    /**
     * One term ({@code alu:Smelter}); {@code columns} holds, for each column of its section, the terms it names.
     */
    public record Term(String anchor, String name, String english, String french, List<List<Ref>> columns,
                       String description) {}

    static OntologyPage of(PageContext view, Graph ontology, Map<String, Browsing.OntologyClass> hierarchy) {
        InterfaceText w = view.words();
        Model m = ModelFactory.createModelForGraph(ontology);
        List<Resource> classes = terms(m, Set.of(OWL.Class, RDFS.Class));
        List<Resource> properties = terms(m, Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property));
        List<Ref> formats = List.of(RdfFormat.TURTLE.link(Routes.ONTOLOGY), RdfFormat.JSONLD.link(Routes.ONTOLOGY),
                                    RdfFormat.RDFXML.link(Routes.ONTOLOGY), new Ref("JSON-LD @context", Routes.ONTOLOGY_CONTEXT));
        Frame frame = view.frame(w.text("ontology.title"), List.of(RdfFormat.TURTLE.alternate(Routes.ONTOLOGY),
                                                                   RdfFormat.JSONLD.alternate(Routes.ONTOLOGY)));
        List<ClassNode> roots = hierarchy.values().stream().filter(c -> c.parents().isEmpty())
            .map(c -> node(view, hierarchy, c, new java.util.HashSet<>())).toList();
        return new OntologyPage(frame, w, Alu.NS, formats, roots, List.of(
                section(view, "classes", w.text("ontology.classes"), classes, List.of(RDFS.subClassOf), List.of(w.text("ontology.subClassOf"))),
                section(view, "properties", w.text("ontology.properties"), properties, List.of(RDFS.domain, RDFS.range),
                        List.of(w.text("ontology.domain"), w.text("ontology.range")))));
    }

    /** The class {@code c} and, below it, its subclasses (a class met again on the way down is not repeated). */
    private static ClassNode node(PageContext view, Map<String, Browsing.OntologyClass> classes, Browsing.OntologyClass c,
                                  Set<String> above) {
        above.add(c.local());
        List<ClassNode> children = c.children().stream().filter(k -> !above.contains(k))
            .map(k -> node(view, classes, classes.get(k), new java.util.HashSet<>(above))).toList();
        return new ClassNode(new Ref(c.name(view.words().lang()), view.local(Routes.classPage(c.local()))), c.count(),
                             children);
    }

    private static Section section(PageContext view, String id, String title, List<Resource> terms, List<Property> extra,
                                   List<String> columns) {
        String lang = view.words().lang();
        List<Term> rows = terms.stream().map(t -> {
            String local = t.getURI().substring(Alu.NS.length());
            List<List<Ref>> cells = extra.stream()
                .map(p -> t.listProperties(p).mapWith(s -> term(view, s.getObject())).toList()).toList();
            String definition = literal(t, SKOS.definition, lang);
            return new Term(local, "alu:" + local, literal(t, RDFS.label, "en"), literal(t, RDFS.label, "fr"), cells,
                            definition.isEmpty() ? literal(t, SKOS.definition, "en") : definition);
        }).toList();
        return new Section(id, title, columns, rows);
    }

    private static Ref term(PageContext view, RDFNode n) {
        if (!n.isURIResource())
            return Ref.text("…");
        String iri = n.asResource().getURI();
        return view.ref(iri, iri.startsWith(Alu.NS) ? "alu:" + iri.substring(Alu.NS.length()) : iri);
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
