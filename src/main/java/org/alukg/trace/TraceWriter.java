package org.alukg.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Writes a {@link TraceResult} as JSON, CSV (one row per edge), GraphML, DOT or an SVG picture. */
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
        switch (format) {
            case json -> JSON.writeValue(out, r);
            case csv -> csv(r, out);
            case graphml -> xml(out, w -> graphml(r, w));
            case dot -> dot(r, out);
            case svg -> xml(out, w -> TraceSvg.write(r, w));
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

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    private static void graphml(TraceResult r, XMLStreamWriter w) throws XMLStreamException {
        w.setDefaultNamespace(GRAPHML);
        w.writeStartElement(GRAPHML, "graphml");
        w.writeDefaultNamespace(GRAPHML);
        String[][] keys = {{"label", "node", "string"}, {"tier", "node", "int"}, {"types", "node", "string"},
                           {"kind", "edge", "string"}, {"products", "edge", "string"}, {"startedIn", "edge", "int"},
                           {"endedIn", "edge", "int"}, {"relationship", "edge", "string"}};
        for (String[] k : keys) {
            w.writeStartElement("key");
            w.writeAttribute("id", k[0]);
            w.writeAttribute("for", k[1]);
            w.writeAttribute("attr.name", k[0]);
            w.writeAttribute("attr.type", k[2]);
            w.writeEndElement();
        }
        w.writeStartElement("graph");
        w.writeAttribute("id", "trace");
        w.writeAttribute("edgedefault", "directed");
        for (TracedNode n : r.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", n.id());
            data(w, "label", n.label());
            data(w, "tier", Integer.toString(n.tier()));
            data(w, "types", String.join(" ", n.types()));
            w.writeEndElement();
        }
        int i = 0;
        for (TracedEdge e : r.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + i++);
            w.writeAttribute("source", e.from());
            w.writeAttribute("target", e.to());
            data(w, "kind", e.kind());
            if (e.products() != null)
                data(w, "products", e.products().stream().map(TraceResult.Product::label)
                                     .collect(Collectors.joining("; ")));
            if (e.startedIn() != null)
                data(w, "startedIn", e.startedIn().toString());
            if (e.endedIn() != null)
                data(w, "endedIn", e.endedIn().toString());
            if (e.relationship() != null)
                data(w, "relationship", e.relationship());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void dot(TraceResult r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("digraph trace {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=10];\n");
        Map<Integer, List<String>> tiers = r.tiers();
        Map<String, TracedNode> nodes = byId(r);
        for (Map.Entry<Integer, List<String>> t : tiers.entrySet()) {
            w.write("  { rank=same; // tier " + t.getKey() + "\n");
            for (String id : t.getValue())
                w.write("    " + quote(id) + " [label=" + quote(nodes.get(id).label()) + "];\n");
            w.write("  }\n");
        }
        for (TracedEdge e : r.edges()) {
            String label = e.kind().equals("operates") ? "operates"
                : e.products().stream().map(TraceResult.Product::label).collect(Collectors.joining(", "));
            w.write("  " + quote(e.from()) + " -> " + quote(e.to()) + " [label=" + quote(label)
                    + (e.kind().equals("operates") ? ", style=dashed, dir=none" : "") + "];\n");
        }
        w.write("}\n");
        w.flush();
    }

    /** A DOT quoted string: backslashes and double quotes escaped, line breaks as \n. */
    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
    }
}
