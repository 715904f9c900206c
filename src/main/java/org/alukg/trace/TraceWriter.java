package org.alukg.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.trace.TraceResult.TracedNode;

/** Writes a {@link TraceResult} as JSON, CSV (one row per edge), GraphML, DOT ({@link TraceGraphExport}) or an SVG picture. */
public final class TraceWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                                                               .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema EDGE_COLUMNS = CsvSchema.builder()
        .addColumn("from").addColumn("fromLabel").addColumn("fromTier").addColumn("to").addColumn("toLabel")
        .addColumn("toTier").addColumn("kind").addColumn("products").addColumn("startedIn").addColumn("endedIn")
        .addColumn("planned").addColumn("relationship").addColumn("sources").build().withHeader();

    private TraceWriter() {}

    public static void write(TraceResult r, TraceFormat format, OutputStream out) throws IOException {
        write(r, format, out, UnaryOperator.identity());
    }

    /**
     * {@link #write(TraceResult, TraceFormat, OutputStream)}, with the picture's links to nodes made by {@code link} from
     * their IRIs (the server links to its own pages; a file written by the command line keeps the IRIs).
     */
    public static void write(TraceResult r, TraceFormat format, OutputStream out, UnaryOperator<String> link)
            throws IOException {
        switch (format) {
            case json -> JSON.writeValue(out, r);
            case csv -> csv(r, out);
            case graphml -> TraceGraphExport.graphml(r, out);
            case dot -> TraceGraphExport.dot(r, out);
            case svg -> xml(out, w -> TraceSvg.write(r, w, link));
        }
        out.flush();
    }

    private static void csv(TraceResult r, OutputStream out) throws IOException {
        Map<String, TracedNode> nodes = byId(r);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TracedEdge e : r.edges()) {
            Map<String, Object> row = new HashMap<>();
            row.put("from", e.from());
            row.put("fromLabel", label(nodes, e.from()));
            row.put("fromTier", tier(nodes, e.from()));
            row.put("to", e.to());
            row.put("toLabel", label(nodes, e.to()));
            row.put("toTier", tier(nodes, e.to()));
            row.put("kind", e.kind());
            row.put("products", e.products() == null ? "" : e.products().stream().map(TraceResult.Product::label)
                                                                .collect(Collectors.joining("; ")));
            row.put("startedIn", e.startedIn() == null ? "" : e.startedIn());
            row.put("endedIn", e.endedIn() == null ? "" : e.endedIn());
            row.put("planned", e.planned() == null ? "" : e.planned());
            row.put("relationship", e.relationship() == null ? "" : e.relationship());
            row.put("sources", e.sources() == null ? "" : String.join(" ", e.sources()));
            rows.add(row);
        }
        CSV.writer(EDGE_COLUMNS).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, rows);
    }

    static Map<String, TracedNode> byId(TraceResult r) {
        Map<String, TracedNode> m = new HashMap<>();
        r.nodes().forEach(n -> m.put(n.id(), n));
        return m;
    }

    private static String label(Map<String, TracedNode> nodes, String id) {
        TracedNode n = nodes.get(id);
        return n == null ? id : n.label();
    }

    private static Object tier(Map<String, TracedNode> nodes, String id) {
        TracedNode n = nodes.get(id);
        return n == null ? "" : n.tier();
    }

    interface XmlBody { void write(XMLStreamWriter w) throws XMLStreamException; }

    private static void xml(OutputStream out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the trace as XML: " + e.getMessage(), e);
        }
    }
}
