package org.alukg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
public final class ValidatedWriter {
    private final Store store;

    public ValidatedWriter(Store store) { this.store = store; }

    /**
     * A set of named graphs to replace (from an in-memory graph, or streamed straight into the store), the
     * shapes to check them with, and how to name a node's file.
     */
    public static final class Change {
        private final Map<Node, Graph> graphs = new LinkedHashMap<>();
        private final Map<Node, Consumer<Graph>> streamed = new LinkedHashMap<>();
        private final List<Node> removed = new ArrayList<>();
        private final List<Consumer<DatasetGraph>> checks = new ArrayList<>();
        private final List<Runnable> afterWrite = new ArrayList<>();
        private final Map<Node, List<Quad>> meta = new LinkedHashMap<>();
        private Graph shapes;
        private Function<Node, String> locator = n -> null;
        private boolean validate = true;

        /** Replace the named graph {@code name} with {@code content}. */
        public Change replace(Node name, Graph content) { graphs.put(name, content); return this; }
        /**
         * Empty the named graph {@code name}, then let {@code writer} add to it inside the write transaction:
         * the content goes to the store as it is read, never whole into memory, and is rolled back with the
         * rest if anything fails.
         */
        public Change stream(Node name, Consumer<Graph> writer) { streamed.put(name, writer); return this; }
        /** Remove the named graph {@code name}. */
        public Change remove(Node name) { removed.add(name); return this; }
        /** Runs first inside the write transaction; throwing refuses the change. */
        public Change check(Consumer<DatasetGraph> precondition) { checks.add(precondition); return this; }
        /** Runs inside the write transaction after the writes, before validation; throwing refuses the change. */
        public Change afterWrite(Runnable step) { afterWrite.add(step); return this; }        /** Shapes to validate with; by default the store's shapes graph. */
        public Change shapes(Graph shapesGraph) { this.shapes = shapesGraph; return this; }
        /** Names where a focus node was read from (a file and line), for messages. */
        public Change locator(Function<Node, String> locate) { this.locator = locate; return this; }
        /** Replaces what the meta graph says about {@code subject} with {@code quads}. */
        public Change meta(Node subject, List<Quad> quads) { meta.put(subject, quads); return this; }
        public Change validate(boolean on) { this.validate = on; return this; }
        public Map<Node, Graph> graphs() { return graphs; }
    }

    /**
     * Writes the change, validates the store as it then is, and commits — all in one write transaction; or
     * throws (a {@link ValidationException} for violations) after aborting it, leaving the store as it was.
     */
    public void commit(Change change) {
        DatasetGraph dsg = store.dataset();
        Txn.exec(dsg, TxnType.WRITE, () -> {
            change.checks.forEach(c -> c.accept(dsg));
            change.removed.forEach(name -> {
                dsg.removeGraph(name);
                dsg.deleteAny(Alu.GRAPH_META, name, Node.ANY, Node.ANY);
            });
            change.graphs.forEach((name, content) -> {
                dsg.removeGraph(name);
                dsg.addGraph(name, content);
            });
            change.streamed.forEach((name, writer) -> {
                dsg.removeGraph(name);
                writer.accept(dsg.getGraph(name));
            });
            change.afterWrite.forEach(Runnable::run);
            change.meta.forEach((subject, quads) -> {
                dsg.deleteAny(Alu.GRAPH_META, subject, Node.ANY, Node.ANY);
                quads.forEach(dsg::add);
            });
            if (change.validate) {
                Graph shapesGraph = change.shapes != null ? change.shapes : dsg.getGraph(Alu.GRAPH_SHAPES);
                List<String> problems = violations(shapesGraph, dataView(dsg), change.locator);
                if (!problems.isEmpty())
                    throw new ValidationException("SHACL validation failed", problems);
            }
        });
    }

    /** The data of the store inside the transaction: every named graph but the shapes and the bookkeeping. */
    private static Graph dataView(DatasetGraph dsg) {
        MultiUnion union = new MultiUnion();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(Alu.GRAPH_SHAPES) && !g.equals(Alu.GRAPH_META))
                union.addGraph(dsg.getGraph(g));
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
