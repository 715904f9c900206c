package org.alukg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** The representations of a description: HTML for people, five RDF syntaxes for programs. */
enum RdfFormat {
    HTML("HTML", "text/html", "html", null),
    TURTLE("Turtle", "text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("JSON-LD", "application/ld+json", "jsonld", null),
    RDFXML("RDF/XML", "application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN),
    NTRIPLES("N-Triples", "application/n-triples", "nt", RDFFormat.NTRIPLES),
    TRIG("TriG", "application/trig", "trig", RDFFormat.TRIG_PRETTY);

    /** The prefixes our RDF is written with. */
    static final PrefixMap PREFIXES = PrefixMapFactory.create(java.util.Map.ofEntries(
        java.util.Map.entry("alu", org.alukg.vocab.Alu.NS),
        java.util.Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        java.util.Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        java.util.Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
        java.util.Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
        java.util.Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
        java.util.Map.entry("dct", "http://purl.org/dc/terms/"),
        java.util.Map.entry("schema", "http://schema.org/"),
        java.util.Map.entry("org", "http://www.w3.org/ns/org#"),
        java.util.Map.entry("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
        java.util.Map.entry("dcat", "http://www.w3.org/ns/dcat#"),
        java.util.Map.entry("void", "http://rdfs.org/ns/void#"),
        java.util.Map.entry("sd", "http://www.w3.org/ns/sparql-service-description#")));

    private final String title;
    private final String mediaType;
    private final String extension;
    private final RDFFormat jena;

    RdfFormat(String title, String mediaType, String extension, RDFFormat jena) {
        this.title = title;
        this.mediaType = mediaType;
        this.extension = extension;
        this.jena = jena;
    }

    /** The name of the syntax, as a link to it reads. */
    String title() { return title; }

    String mediaType() { return mediaType; }

    String extension() { return extension; }

    /** The Content-Type header: text types say UTF-8. */
    String contentType() {
        return mediaType.startsWith("text/") || this == JSONLD ? mediaType + ";charset=utf-8" : mediaType;
    }

    /** The document at {@code path} in this syntax: {@code /ontology.ttl}. */
    String path(String document) { return Routes.inSyntax(document, extension); }

    /** A link to the document at {@code path} in this syntax, named by the syntax. */
    Ref link(String document) { return new Ref(title, path(document)); }

    /** The document at {@code path} in this syntax, as a page's head announces it. */
    Frame.Alternate alternate(String document) { return new Frame.Alternate(mediaType, path(document)); }

    /** The syntax that {@code path} names as a version of {@code document}: {@code /ontology.ttl} is Turtle. */
    static Optional<RdfFormat> byPath(String document, String path) {
        return Arrays.stream(values()).filter(f -> f.path(document).equals(path)).findFirst();
    }

    static Optional<RdfFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    /**
     * The best of {@code offers} for an {@code Accept} header; the first offer when the header is absent or says
     * anything; empty when nothing offered is acceptable (406).
     */
    static Optional<RdfFormat> negotiate(String accept, List<RdfFormat> offers) {
        if (accept == null || accept.isBlank())
            return Optional.of(offers.get(0));
        AcceptList offered = AcceptList.create(offers.stream().map(f -> f.mediaType).toArray(String[]::new));
        MediaType m;
        try {
            m = AcceptList.match(new AcceptList(accept), offered);
        } catch (RuntimeException e) {
            throw Problem.badRequest("malformed Accept header: " + accept).field("Accept", accept);
        }
        if (m == null)
            return Optional.empty();
        return offers.stream().filter(f -> f.mediaType.equals(m.getContentTypeStr())).findFirst();
    }

    /** The graph in this syntax ({@code context} is our JSON-LD context document, for JSON-LD). */
    byte[] write(Graph graph, byte[] context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        if (this == JSONLD) {
            RioAdapter.writeJsonLd(graph, context, out);
        } else if (jena != null) {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(PREFIXES.getMapping());
            org.apache.jena.graph.GraphUtil.addInto(g, graph);
            RDFWriter.source(g).format(jena).output(out);
        } else {
            throw new IllegalStateException("not an RDF syntax: " + this);
        }
        return out.toByteArray();
    }
}
