package org.alukg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alukg.trace.TraceResult.Product;
import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.trace.TraceResult.TracedNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

/** GraphML and DOT read back, with a graph library's importers, to the nodes, labels, tiers and edges of the trace. */
class TraceGraphExportTest {
    static final String A = "https://w3id.org/alukg/id/org/a", B = "https://w3id.org/alukg/id/site/b";
    /** A label with the characters DOT and XML quote: double quotes, a backslash, an ampersand, a '<'. */
    static final String AWKWARD = "Café \"Le Quai\" & fils \\ <3>";

    static TraceResult result() { return result(AWKWARD); }

    static TraceResult result(String label) {
        return new TraceResult(Map.of(), List.of(new TracedNode(A, label, List.of("Producer"), 0, List.of()),
                                                 new TracedNode(B, "Site B", List.of("Smelter", "Facility"), 1, List.of(A))),
                               List.of(new TracedEdge(A, B, "operates", null, null, null, null, null, null, null),
                                       new TracedEdge(A, B, "supplies", "https://w3id.org/alukg/id/supply/x",
                                                      List.of(new Product("p", "Rod"), new Product("q", "Sows")), 1992,
                                                      2010, null, false, List.of())),
                               Map.of(0, List.of(A), 1, List.of(B)), List.of(), null, null);
    }

    static String written(TraceFormat f) throws Exception { return written(result(), f); }

    static String written(TraceResult r, TraceFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceWriter.write(r, f, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void graphmlReadsBackWithEveryAttribute() throws Exception {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<Integer, Map<String, String>> edges = new HashMap<>();
        int[] next = {0};
        Graph<String, Integer> g = new DirectedPseudograph<>(null, () -> next[0]++, false);
        GraphMLImporter<String, Integer> in = new GraphMLImporter<>();
        in.setVertexFactory(id -> id);
        // Node ids are IRIs, as they always were; the GraphML schema wants XML name tokens there, so do not validate.
        in.setSchemaValidation(false);
        in.addVertexAttributeConsumer((k, a) -> nodes.computeIfAbsent(k.getFirst(), x -> new HashMap<>())
                                                      .put(k.getSecond(), a.getValue()));
        in.addEdgeAttributeConsumer((k, a) -> edges.computeIfAbsent(k.getFirst(), x -> new HashMap<>())
                                                   .put(k.getSecond(), a.getValue()));
        in.importGraph(g, new StringReader(written(TraceFormat.graphml)));
        assertEquals(java.util.Set.of(A, B), g.vertexSet());
        assertEquals(AWKWARD, nodes.get(A).get("label"));
        assertEquals("1", nodes.get(B).get("tier"));
        assertEquals("Smelter Facility", nodes.get(B).get("types"));
        assertEquals(2, g.edgeSet().size());
        Map<String, String> supply = edges.values().stream().filter(e -> "supplies".equals(e.get("kind"))).findFirst()
                                          .orElseThrow();
        assertEquals("Rod; Sows", supply.get("products"));
        assertEquals("1992", supply.get("startedIn"));
        assertEquals("2010", supply.get("endedIn"));
        assertEquals("https://w3id.org/alukg/id/supply/x", supply.get("relationship"));
    }

    @Test
    void dotReadsBackWithLabelsTiersAndBothEdges() throws Exception {
        String dot = written(TraceFormat.dot);
        assertTrue(dot.startsWith("digraph trace {"), dot);
        int[] next = {0};
        Graph<String, Integer> g = new DirectedPseudograph<>(null, () -> next[0]++, false);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        Map<Integer, Map<String, Attribute>> edges = new HashMap<>();
        DOTImporter<String, Integer> in = new DOTImporter<>();
        in.setVertexFactory(id -> id);
        in.addVertexAttributeConsumer((k, a) -> nodes.computeIfAbsent(k.getFirst(), x -> new HashMap<>())
                                                      .put(k.getSecond(), a));
        in.addEdgeAttributeConsumer((k, a) -> edges.computeIfAbsent(k.getFirst(), x -> new HashMap<>())
                                                   .put(k.getSecond(), a));
        in.importGraph(g, new StringReader(dot));
        assertEquals(java.util.Set.of(A, B), g.vertexSet());
        assertEquals(AWKWARD, nodes.get(A).get("label").getValue());
        assertEquals("0", nodes.get(A).get("tier").getValue());
        assertEquals(2, g.edgeSet().size());
        assertTrue(edges.values().stream().anyMatch(e -> e.get("label").getValue().equals("Rod, Sows")), edges.toString());
        assertTrue(edges.values().stream().anyMatch(e -> e.get("label").getValue().equals("operates")
                                                         && e.get("style").getValue().equals("dashed")), edges.toString());
    }

    @Test
    void aLineBreakInALabelIsGraphvizsEscapeAndEndsNoString() throws Exception {
        String dot = written(result("first\nsecond"), TraceFormat.dot);
        assertTrue(dot.contains("label=\"first\\nsecond\""), dot);
        assertTrue(dot.lines().allMatch(l -> l.endsWith(";") || l.endsWith("{") || l.equals("}")), dot);
    }
}
