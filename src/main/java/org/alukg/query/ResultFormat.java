package org.alukg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.alukg.problem.Problem;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;

/** The formats a named query answers in, by {@code format} name or by content negotiation. */
public enum ResultFormat {
    /** A plain JSON array with one object per row; the default for SELECT. */
    JSON("json", "application/json", Kind.TABLE),
    SPARQL_JSON("sparql-json", "application/sparql-results+json", Kind.TABLE),
    CSV("csv", "text/csv", Kind.TABLE),
    TSV("tsv", "text/tab-separated-values", Kind.TABLE),
    XML("xml", "application/sparql-results+xml", Kind.TABLE),
    /** The default for CONSTRUCT and DESCRIBE. */
    TURTLE("turtle", "text/turtle", Kind.GRAPH),
    JSONLD("jsonld", "application/ld+json", Kind.GRAPH),
    NTRIPLES("ntriples", "application/n-triples", Kind.GRAPH);

    enum Kind { TABLE, GRAPH }

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private final String id;
    private final String mediaType;
    private final Kind kind;

    ResultFormat(String id, String mediaType, Kind kind) {
        this.id = id;
        this.mediaType = mediaType;
        this.kind = kind;
    }

    public String id() { return id; }
    public String mediaType() { return mediaType; }

    /** The Content-Type header value. */
    public String contentType() {
        return mediaType.startsWith("text/") || this == JSON || this == SPARQL_JSON || this == JSONLD
            ? mediaType + ";charset=utf-8" : mediaType;
    }

    /** The format called {@code id} ({@code json}, {@code sparql-json} …), if there is one. */
    public static Optional<ResultFormat> byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** True for the formats of a graph (CONSTRUCT, DESCRIBE); the others are of a table (SELECT, ASK). */
    public boolean isGraph() { return kind == Kind.GRAPH; }

    /** The format names that a query of this shape can answer in. */
    public static List<ResultFormat> forQuery(NamedQuery q) {
        Kind k = q.isGraph() ? Kind.GRAPH : Kind.TABLE;
        List<ResultFormat> out = new ArrayList<>();
        for (ResultFormat f : values())
            if (f.kind == k && !(q.isAsk() && f == JSON))
                out.add(f);
        return out;
    }

    /**
     * The format for {@code q}: the {@code format} parameter when given (an unknown name or one the query cannot
     * give is a 400), else the best match for {@code Accept} (none: 406), else the first of {@link #forQuery}.
     */
    public static ResultFormat choose(NamedQuery q, String format, String accept) {
        List<ResultFormat> offered = forQuery(q);
        if (format != null) {
            ResultFormat f = byId(format).orElseThrow(() -> Problem.badRequest("unknown format: " + format + " (one of "
                    + String.join(", ", Arrays.stream(values()).map(ResultFormat::id).toList()) + ")")
                    .field("format", format));
            if (!offered.contains(f))
                throw Problem.badRequest("format not available for " + q.name() + ": " + format + " (use one of "
                    + String.join(", ", offered.stream().map(ResultFormat::id).toList()) + ")").field("format", format);
            return f;
        }
        if (accept == null || accept.isBlank())
            return offered.get(0);
        AcceptList offers = AcceptList.create(offered.stream().map(f -> f.mediaType).toArray(String[]::new));
        MediaType m = AcceptList.match(AcceptList.create(accept), offers);
        if (m == null)
            throw Problem.notAcceptable("no format of " + q.name() + " matches Accept: " + accept + " (offered: "
                + String.join(", ", offered.stream().map(ResultFormat::mediaType).toList()) + ")");
        for (ResultFormat f : offered)
            if (f.mediaType.equals(m.getContentTypeStr()))
                return f;
        return offered.get(0);
    }

    /** Writes a table (SELECT) in this format. */
    public void write(OutputStream out, ResultSet rs) throws IOException {
        switch (this) {
            case JSON -> writeObjects(out, rs);
            case SPARQL_JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            default -> throw new IllegalStateException("not a table format: " + id);
        }
    }

    /** Writes the answer of an ASK in this format. */
    public void write(OutputStream out, boolean answer) {
        switch (this) {
            case SPARQL_JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
            default -> throw new IllegalStateException("not a format for ASK: " + id);
        }
    }

    /** Writes a graph (CONSTRUCT, DESCRIBE) in this format. */
    public void write(OutputStream out, Model model) {
        Lang lang = switch (this) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case NTRIPLES -> Lang.NTRIPLES;
            default -> throw new IllegalStateException("not a graph format: " + id);
        };
        RDFDataMgr.write(out, model, lang);
    }

    /** One JSON object per row: IRIs and plain text as strings, numbers as numbers, booleans as booleans. */
    private static void writeObjects(OutputStream out, ResultSet rs) throws IOException {
        List<String> vars = rs.getResultVars();
        try (JsonGenerator g = JSON_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartArray();
            while (rs.hasNext()) {
                Binding b = rs.nextBinding();
                g.writeStartObject();
                for (String v : vars) {
                    Node n = b.get(v);
                    if (n == null)
                        continue;
                    g.writeFieldName(v);
                    writeNode(g, n);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void writeNode(JsonGenerator g, Node n) throws IOException {
        if (n.isURI()) {
            g.writeString(n.getURI());
        } else if (n.isBlank()) {
            g.writeString("_:" + n.getBlankNodeLabel());
        } else if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = n.getLiteralLexicalForm();
            if (n.getLiteralDatatype() instanceof XSDDatatype x && isNumeric(x) && n.getLiteralDatatype().isValid(lex)) {
                g.writeNumber(new BigDecimal(lex.strip()).stripTrailingZeros().toPlainString());
            } else if (XSDDatatype.XSDboolean.getURI().equals(dt) && XSDDatatype.XSDboolean.isValid(lex)) {
                g.writeBoolean(lex.strip().equals("true") || lex.strip().equals("1"));
            } else {
                g.writeString(lex);
            }
        } else {
            g.writeString(n.toString());
        }
    }

    private static boolean isNumeric(XSDDatatype x) {
        return x.equals(XSDDatatype.XSDinteger) || x.equals(XSDDatatype.XSDdecimal) || x.equals(XSDDatatype.XSDint)
               || x.equals(XSDDatatype.XSDlong) || x.equals(XSDDatatype.XSDnonNegativeInteger)
               || x.equals(XSDDatatype.XSDpositiveInteger) || x.equals(XSDDatatype.XSDshort);
    }
}
