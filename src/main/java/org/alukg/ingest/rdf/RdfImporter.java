package org.alukg.ingest.rdf;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.alukg.ingest.format.ImportContext;
import org.alukg.ingest.format.ImportFormat;
import org.alukg.ingest.format.ImportInput;
import org.alukg.ingest.format.ImportTally;
import org.alukg.ingest.format.Importer;
import org.alukg.ingest.format.InputProblems;
import org.alukg.problem.Problem;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.RDFParserRegistry;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;

/**
 * RDF in any syntax RDF4J Rio reads here, parsed strictly (IRIs, datatypes and language tags checked; RDF/XML
 * without DTDs or external entities; JSON-LD without loading remote contexts) and streamed statement by
 * statement into the import's graph. Graph names in quad formats are dropped: everything goes to the graph of
 * the import. Rio types stay inside this package.
 */
public final class RdfImporter implements Importer {
    private final RDFFormat format;

    private RdfImporter(RDFFormat format) { this.format = format; }

    /** One import format per Rio parser on the classpath, named by its usual short name, sorted by name. */
    public static List<ImportFormat> formats() {
        List<ImportFormat> out = new ArrayList<>();
        for (RDFFormat f : RDFParserRegistry.getInstance().getKeys()) {
            List<String> mediaTypes = f.getMIMETypes().stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
            out.add(new ImportFormat(shortName(f), f.getFileExtensions(), mediaTypes, () -> new RdfImporter(f)));
        }
        out.sort(Comparator.comparing(ImportFormat::name));
        return out;
    }

    private static String shortName(RDFFormat f) {
        if (f.equals(RDFFormat.BINARY))
            return "rdf4j-binary";
        return f.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9*]+", "").replace("*", "-star");
    }

    @Override
    public ImportTally read(ImportInput input, ImportContext context) {
        RDFParser parser = Rio.createParser(format);
        strict(parser);
        String file = input.name();
        parser.setParseErrorListener(new ParseErrorListener() {
            @Override public void warning(String msg, long line, long col) {}
            @Override public void error(String msg, long line, long col) { throw located(file, msg, line, col); }
            @Override public void fatalError(String msg, long line, long col) { throw located(file, msg, line, col); }
        });
        GraphWriter writer = new GraphWriter(context.target(), context.id() + "-", context);
        LineCountingInput in = new LineCountingInput(input.stream());
        try {
            ParsedApart.parse(parser, in, context.graphName().getURI(), writer);
        } catch (RDFParseException e) {
            if (e.getLineNumber() < 1)
                throw atEnd(file, e.getMessage(), in);
            throw located(file, e.getMessage(), e.getLineNumber(), e.getColumnNumber());
        } catch (EOFException e) {
            throw atEnd(file, "unexpected end of input", in);
        } catch (RDFHandlerException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw InputProblems.refused(file, e.getMessage());
        } catch (IOException e) {
            throw InputProblems.unreadable(file, e);
        } catch (StackOverflowError e) {
            // The parser recursed once per level, on a thread of its own: only its stack overflowed, never the store's.
            throw InputProblems.refused(file + " line " + in.lastLine(),
                                        "RDF nested too deeply to read (nodes or lists inside one another)");
        }
        return ImportTally.triples(writer.count());
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
        c.set(JSONLDSettings.WHITELIST, Set.of());
    }

    /** "file line L column C: RDF does not parse: message", without Rio's own "[line …]" tail. */
    private static Problem located(String file, String message, long line, long column) {
        String m = message == null ? "does not parse" : message.replaceAll("\\s*\\[line \\d+(, column \\d+)?]\\s*$", "").strip();
        return InputProblems.doesNotParse(file, line, column, "RDF", m);
    }

    /** An error Rio gives no line for (the input ended too soon): name the last line, or the byte for binary input. */
    private Problem atEnd(String file, String message, LineCountingInput in) {
        String m = message == null ? "unexpected end of input" : message;
        if (format.equals(RDFFormat.BINARY))
            return InputProblems.refused(file + " byte " + in.bytes(), "RDF does not parse: " + m);
        return InputProblems.refused(file + " line " + in.lastLine() + " (end of input)", "RDF does not parse: " + m);
    }
}
