package org.alukg.trace;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.trace.TraceResult.TracedNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * A trace as a graph file, written by JGraphT's exporters: nodes are identified by their IRIs and carry their label
 * and tier, edges their kind and, for supply links, products, period and relationship. GraphML (for Gephi, yEd)
 * declares these as typed keys; DOT (for Graphviz) draws left to right, operator links dashed without an arrow and
 * without a say in the ranks, so the tiers line up.
 */
final class TraceGraphExport {
    private TraceGraphExport() {}

    /** The nodes by IRI, the edges by their position in the trace, so that two alike edges stay two. */
    private static Graph<String, Integer> graph(TraceResult r) {
        Graph<String, Integer> g = new DirectedPseudograph<>(null, null, false);
        r.nodes().forEach(n -> g.addVertex(n.id()));
        List<TracedEdge> edges = r.edges();
        for (int k = 0; k < edges.size(); k++) {
            g.addVertex(edges.get(k).from());
            g.addVertex(edges.get(k).to());
            g.addEdge(edges.get(k).from(), edges.get(k).to(), k);
        }
        return g;
    }

    static void graphml(TraceResult r, OutputStream out) {
        Map<String, TracedNode> nodes = TraceWriter.byId(r);
        GraphMLExporter<String, Integer> x = new GraphMLExporter<>(id -> id);
        x.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("tier", AttributeCategory.NODE, AttributeType.INT);
        x.registerAttribute("types", AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("kind", AttributeCategory.EDGE, AttributeType.STRING);
        x.registerAttribute("products", AttributeCategory.EDGE, AttributeType.STRING);
        x.registerAttribute("startedIn", AttributeCategory.EDGE, AttributeType.INT);
        x.registerAttribute("endedIn", AttributeCategory.EDGE, AttributeType.INT);
        x.registerAttribute("relationship", AttributeCategory.EDGE, AttributeType.STRING);
        x.setVertexAttributeProvider(id -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            TracedNode n = nodes.get(id);
            if (n != null) {
                a.put("label", DefaultAttribute.createAttribute(n.label()));
                a.put("tier", DefaultAttribute.createAttribute(n.tier()));
                a.put("types", DefaultAttribute.createAttribute(String.join(" ", n.types())));
            }
            return a;
        });
        x.setEdgeIdProvider(k -> "e" + k);
        x.setEdgeAttributeProvider(k -> {
            TracedEdge e = r.edges().get(k);
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("kind", DefaultAttribute.createAttribute(e.kind()));
            if (e.products() != null)
                a.put("products", DefaultAttribute.createAttribute(products(e, "; ")));
            if (e.startedIn() != null)
                a.put("startedIn", DefaultAttribute.createAttribute(e.startedIn()));
            if (e.endedIn() != null)
                a.put("endedIn", DefaultAttribute.createAttribute(e.endedIn()));
            if (e.relationship() != null)
                a.put("relationship", DefaultAttribute.createAttribute(e.relationship()));
            return a;
        });
        x.exportGraph(graph(r), writer(out));
    }

    static void dot(TraceResult r, OutputStream out) {
        Map<String, TracedNode> nodes = TraceWriter.byId(r);
        DOTExporter<String, Integer> x = new DOTExporter<>(id -> '"' + dotText(id).replace("\"", "\\\"") + '"');
        x.setGraphIdProvider(() -> "trace");
        x.setGraphAttributeProvider(() -> Map.of("rankdir", DefaultAttribute.createAttribute("LR")));
        x.setVertexAttributeProvider(id -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            TracedNode n = nodes.get(id);
            a.put("label", DefaultAttribute.createAttribute(dotText(n == null ? id : n.label())));
            if (n != null)
                a.put("tier", DefaultAttribute.createAttribute(n.tier()));
            a.put("shape", DefaultAttribute.createAttribute("box"));
            a.put("style", DefaultAttribute.createAttribute("rounded"));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return a;
        });
        x.setEdgeAttributeProvider(k -> {
            TracedEdge e = r.edges().get(k);
            Map<String, Attribute> a = new LinkedHashMap<>();
            boolean operates = e.kind().equals("operates");
            a.put("label", DefaultAttribute.createAttribute(operates ? "operates" : dotText(products(e, ", "))));
            if (operates) {
                a.put("style", DefaultAttribute.createAttribute("dashed"));
                a.put("dir", DefaultAttribute.createAttribute("none"));
                a.put("constraint", DefaultAttribute.createAttribute(false));
            }
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            a.put("fontsize", DefaultAttribute.createAttribute(10));
            return a;
        });
        x.exportGraph(graph(r), writer(out));
    }

    private static String products(TracedEdge e, String separator) {
        return e.products() == null ? ""
            : e.products().stream().map(TraceResult.Product::label).collect(Collectors.joining(separator));
    }

    /**
     * Text for a DOT quoted string, before the exporter escapes its double quotes: backslashes doubled (so none
     * escapes the closing quote) and line breaks written as {@code \n}.
     */
    private static String dotText(String s) {
        return s.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
    }

    private static Writer writer(OutputStream out) { return new OutputStreamWriter(out, StandardCharsets.UTF_8); }
}
