package org.alukg.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFParserRegistry;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;

/**
 * RDF in any syntax RDF4J Rio reads here, parsed strictly (IRIs, datatypes and language tags checked; RDF/XML
 * without DTDs or external entities; JSON-LD without loading remote contexts) and streamed statement by
 * statement into the import's graph. Graph names in quad formats are dropped: everything goes to the graph of
 * the import. The only class of alukg that touches Rio types.
 */
final class RdfImporter implements Importer {
    /** How often progress is reported, in statements. */
    private static final int TICK = 10_000;

    private final RDFFormat format;

    private RdfImporter(RDFFormat format) { this.format = format; }

    /** One import format per Rio parser on the classpath, named by its usual short name. */
    static List<ImportFormat> formats() {
        List<ImportFormat> out = new ArrayList<>();
        for (RDFFormat f : RDFParserRegistry.getInstance().getKeys()) {
            List<String> mediaTypes = f.getMIMETypes().stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
            out.add(new ImportFormat(shortName(f), f.getFileExtensions(), mediaTypes, () -> new RdfImporter(f)));
        }
        out.sort(java.util.Comparator.comparing(ImportFormat::name));
        return out;
    }

    private static String shortName(RDFFormat f) {
        if (f.equals(RDFFormat.BINARY))
            return "rdf4j-binary";
        return f.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9*]+", "").replace("*", "-star");
    }

    @Override
    public void read(ImportInput input, ImportContext context) {
        RDFParser parser = org.eclipse.rdf4j.rio.Rio.createParser(format);
        strict(parser);
        Graph target = context.target();
        String salt = context.id() + "-";
        long[] count = {0};
        parser.setParseErrorListener(new ParseErrorListener() {
            @Override public void warning(String msg, long line, long col) {}
            @Override public void error(String msg, long line, long col) { throw located(input.name(), msg, line, col); }
            @Override public void fatalError(String msg, long line, long col) { throw located(input.name(), msg, line, col); }
        });
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(Statement st) {
                target.add(Triple.create(node(st.getSubject(), salt), node(st.getPredicate(), salt), node(st.getObject(), salt)));
                if (++count[0] % TICK == 0)
                    context.countRows(TICK);
            }
        });
        LineCounting in = new LineCounting(input.stream());
        try {
            parser.parse(in, context.graphName().getURI());
        } catch (RDFParseException e) {
            if (e.getLineNumber() < 1)
                throw atEnd(input.name(), e.getMessage(), in);
            throw located(input.name(), e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (java.io.EOFException e) {
            throw atEnd(input.name(), "unexpected end of input", in);
        } catch (RDFHandlerException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new ImportException(input.name() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(input.name() + ": cannot read: " + e.getMessage());
        }
        context.countRows(count[0] % TICK);
    }

    private static void strict(RDFParser parser) {
        var c = parser.getParserConfig();
        c.set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        c.set(BasicParserSettings.VERIFY_RELATIVE_URIS, true);
        c.set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
        c.set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true);
        c.set(BasicParserSettings.PRESERVE_BNODE_IDS, false);
        c.set(XMLParserSettings.DISALLOW_DOCTYPE_DECL, true);
        c.set(XMLParserSettings.SECURE_PROCESSING, true);
        c.set(XMLParserSettings.LOAD_EXTERNAL_DTD, false);
        c.set(XMLParserSettings.EXTERNAL_GENERAL_ENTITIES, false);
        c.set(XMLParserSettings.EXTERNAL_PARAMETER_ENTITIES, false);
        c.set(XMLParserSettings.FAIL_ON_SAX_NON_FATAL_ERRORS, true);
        c.set(JSONLDSettings.SECURE_MODE, true);
        c.set(JSONLDSettings.WHITELIST, java.util.Set.of());
    }

    /** "file line L column C: message", without Rio's own "[line …]" tail. */
    private static ImportException located(String file, String message, long line, long column) {
        String m = message == null ? "does not parse" : message.replaceAll("\\s*\\[line \\d+(, column \\d+)?]\\s*$", "").strip();
        String where = file + (line > 0 ? " line " + line + (column > 0 ? " column " + column : "") : "");
        return new ImportException(where + ": RDF does not parse: " + m);
    }

    /** An error Rio gives no line for (the input ended too soon): name the last line, or the byte for binary input. */
    private ImportException atEnd(String file, String message, LineCounting in) {
        String m = message == null ? "unexpected end of input" : message;
        if (format.equals(RDFFormat.BINARY))
            return new ImportException(file + " byte " + in.bytes + ": RDF does not parse: " + m);
        return new ImportException(file + " line " + (in.lastNewline ? in.lines - 1 : in.lines) + " (end of input): RDF does not parse: " + m);
    }

    /** Counts bytes and lines read, for errors Rio reports without a position. */
    private static final class LineCounting extends java.io.FilterInputStream {
        long bytes, lines = 1;
        boolean lastNewline;
        LineCounting(java.io.InputStream in) { super(in); }
        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) { bytes++; lastNewline = b == '\n'; if (lastNewline) lines++; }
            return b;
        }
        @Override public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++)
                if (buf[i] == '\n')
                    lines++;
            if (n > 0) {
                bytes += n;
                lastNewline = buf[off + n - 1] == '\n';
            }
            return n;
        }
    }

    private static Node node(Value v, String salt) {
        if (v instanceof IRI iri)
            return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b)
            return NodeFactory.createBlankNode(salt + b.getID());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent())
                return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        if (v instanceof org.eclipse.rdf4j.model.Triple t)
            return NodeFactory.createTripleNode(node(t.getSubject(), salt), node(t.getPredicate(), salt), node(t.getObject(), salt));
        throw new ImportException("unsupported RDF term: " + v);
    }
}
