package org.alukg.linkeddata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

import no.hasmac.jsonld.document.JsonDocument;

/**
 * The one place where RDF4J Rio meets Jena: compact JSON-LD with our {@code @context}, written by Rio's JSON-LD
 * writer, and parsing any RDF format with Rio into a Jena graph. No Rio type leaves this class.
 */
final class RioAdapter {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RioAdapter() {}

    /**
     * Writes the graph as JSON-LD compacted with {@code context} (a JSON-LD document whose {@code @context} is ours).
     * Rio's writer compacts with a frame: the frame is our context and {@code "@embed": "@never"}, so every node
     * stands at the top level, each property compacted to our terms where their type matches.
     */
    static void writeJsonLd(Graph graph, byte[] context, OutputStream out) {
        String frame;
        try {
            ObjectNode f = JSON.createObjectNode();
            f.set("@context", JSON.readTree(context).get("@context"));
            f.put("@embed", "@never");
            frame = f.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON-LD context", e);
        }
        RDFWriter writer = Rio.createWriter(RDFFormat.JSONLD, out);
        try {
            writer.getWriterConfig()
                  .set(JSONLDSettings.JSONLD_MODE, JSONLDMode.FRAME)
                  .set(JSONLDSettings.FRAME, JsonDocument.of(new ByteArrayInputStream(frame.getBytes(StandardCharsets.UTF_8))))
                  .set(JSONLDSettings.USE_NATIVE_TYPES, false)
                  .set(BasicWriterSettings.PRETTY_PRINT, true);
        } catch (no.hasmac.jsonld.JsonLdError e) {
            throw new IllegalStateException("JSON-LD frame rejected: " + e.getMessage(), e);
        }
        writer.startRDF();
        graph.find().forEachRemaining(t -> writer.handleStatement(statement(t)));
        writer.endRDF();
    }

    /** Parses {@code body} of the given media type with Rio into a new Jena graph. */
    static Graph parse(byte[] body, String mediaType, String baseIri) {
        RDFFormat format = Rio.getParserFormatForMIMEType(mediaType)
                              .orElseThrow(() -> new IllegalArgumentException("no Rio parser for: " + mediaType));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser parser = Rio.createParser(format);
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) throws RDFHandlerException {
                g.add(Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject())));
            }
        });
        try (InputStream in = new ByteArrayInputStream(body)) {
            parser.parse(in, baseIri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    private static Statement statement(Triple t) {
        return VF.createStatement((Resource) value(t.getSubject()), (IRI) value(t.getPredicate()), value(t.getObject()));
    }

    private static Value value(Node n) {
        if (n.isURI())
            return VF.createIRI(n.getURI());
        if (n.isBlank())
            return VF.createBNode(n.getBlankNodeLabel());
        if (n.getLiteralLanguage() != null && !n.getLiteralLanguage().isEmpty())
            return VF.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage());
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri)
            return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b)
            return NodeFactory.createBlankNode(b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent())
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
