package org.alukg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The one gate every write that is not a raw SPARQL Update goes through: the new content of some named
 * graphs is SHACL-validated together with the rest of the store, then committed in one TDB2 write
 * transaction. On any violation nothing is written.
 */
public final class Gate {
    private final Store store;

    public Gate(Store store) { this.store = store; }

    /** A set of named graphs to replace, the shapes to check them with, and how to name a node's file. */
    public static final class Change {
        private final Map<Node, Graph> graphs = new LinkedHashMap<>();
        private final Map<Node, List<Quad>> meta = new LinkedHashMap<>();
        private Graph shapes;
        private Function<Node, String> locator = n -> null;
        private boolean validate = true;

        /** Replace the named graph {@code name} with {@code content}. */
        public Change replace(Node name, Graph content) { graphs.put(name, content); return this; }
        /** Shapes to validate with; by default the store's shapes graph. */
        public Change shapes(Graph shapesGraph) { this.shapes = shapesGraph; return this; }
        /** Names where a focus node was read from (a file and line), for messages. */
        public Change locator(Function<Node, String> locate) { this.locator = locate; return this; }
        /** Replaces what the meta graph says about {@code subject} with {@code quads}. */
        public Change meta(Node subject, List<Quad> quads) { meta.put(subject, quads); return this; }
        public Change validate(boolean on) { this.validate = on; return this; }
        public Map<Node, Graph> graphs() { return graphs; }
    }

    /** Validates and commits, or throws {@link GateException} leaving the store as it was. */
    public void commit(Change change) {
        DatasetGraph dsg = store.dataset();
        Txn.exec(dsg, TxnType.WRITE, () -> {
            if (change.validate) {
                Graph shapesGraph = change.shapes != null ? change.shapes : dsg.getGraph(Alu.GRAPH_SHAPES);
                List<String> problems = violations(shapesGraph, dataView(dsg, change.graphs), change.locator);
                if (!problems.isEmpty())
                    throw new GateException("SHACL validation failed", problems);
            }
            change.graphs.forEach((name, content) -> {
                dsg.removeGraph(name);
                dsg.addGraph(name, content);
            });
            change.meta.forEach((subject, quads) -> {
                dsg.deleteAny(Alu.GRAPH_META, subject, Node.ANY, Node.ANY);
                quads.forEach(dsg::add);
            });
        });
    }

    /** The store as it would be after the change: its other named graphs plus the new ones. */
    private static Graph dataView(DatasetGraph dsg, Map<Node, Graph> replaced) {
        MultiUnion union = new MultiUnion();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!replaced.containsKey(g) && !g.equals(Alu.GRAPH_SHAPES) && !g.equals(Alu.GRAPH_META))
                union.addGraph(dsg.getGraph(g));
        });
        replaced.forEach((name, g) -> {
            if (!name.equals(Alu.GRAPH_SHAPES))
                union.addGraph(g);
        });
        return union;
    }

    /** SHACL violations (not warnings) as lines: focus node, path, message, and where the node came from. */
    public static List<String> violations(Graph shapesGraph, Graph data, Function<Node, String> locator) {
        List<String> lines = new ArrayList<>();
        if (shapesGraph == null || shapesGraph.isEmpty())
            return lines;
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        for (ReportEntry e : report.getEntries()) {
            if (!Severity.Violation.equals(e.severity()))
                continue;
            String where = locator.apply(e.focusNode());
            lines.add(NodeFmtLib.strNT(e.focusNode())
                      + (e.resultPath() != null ? " " + e.resultPath() : "")
                      + ": " + e.message()
                      + (where != null ? " (" + where + ")" : ""));
        }
        return lines;
    }

    /** An empty in-memory graph for building content. */
    public static Graph newGraph() { return GraphFactory.createDefaultGraph(); }
}
