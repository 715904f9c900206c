package org.alukg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
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

/**
 * The one gate every write that is not a raw SPARQL Update goes through: the new content of some named graphs is
 * written in one TDB2 write transaction, the store as it then is is SHACL-validated, and the transaction commits
 * only when it conforms. Anything else — a violation, a caller that stops, an exception — leaves the store as it was.
 */
public final class ValidatedWriter {
    private final Store store;

    public ValidatedWriter(Store store) { this.store = store; }

    /** What a commit did: committed, or refused with the SHACL violations, one line each (nothing written). */
    public record Verdict(List<String> violations) {
        public Verdict {
            violations = List.copyOf(violations);
        }

        public boolean committed() { return violations.isEmpty(); }

        /** The refusal: "{@code before}SHACL validation failed: <first violation> (and N more)", every violation in {@code problems}. */
        public Problem refusal(Kind kind, String before) {
            return Refusals.of(kind, before + "SHACL validation failed", violations);
        }
    }

    /**
     * A set of named graphs to replace or remove, statements of the meta graph to replace, the shapes to check them
     * with (by default the store's shapes graph) and how to name a node's file.
     */
    public static final class Change {
        private final Map<Node, Graph> graphs = new LinkedHashMap<>();
        private final List<Node> removed = new ArrayList<>();
        private final Map<Node, List<Quad>> meta = new LinkedHashMap<>();
        private Graph shapes;
        private Function<Node, String> locator = n -> null;

        /** Replace the named graph {@code name} with {@code content}. */
        public Change replace(Node name, Graph content) { graphs.put(name, content); return this; }
        /** Remove the named graph {@code name} and what the meta graph says about it. */
        public Change remove(Node name) { removed.add(name); return this; }
        /** Replaces what the meta graph says about {@code subject} with {@code quads}. */
        public Change meta(Node subject, List<Quad> quads) { meta.put(subject, quads); return this; }
        /** Shapes to validate with; by default the store's shapes graph. */
        public Change shapes(Graph shapesGraph) { this.shapes = shapesGraph; return this; }
        /** Names where a focus node was read from (a file and line), for messages. */
        public Change locator(Function<Node, String> locate) { this.locator = locate; return this; }
    }

    /** Writes the change and commits it when the store then conforms to the shapes. */
    public Verdict commit(Change change) {
        try (Transaction tx = begin()) {
            change.removed.forEach(tx::remove);
            change.graphs.forEach(tx::replace);
            change.meta.forEach(tx::meta);
            return tx.shapes(change.shapes).locator(change.locator).commit();
        }
    }

    /**
     * Begins a write transaction to build a change step by step (an import streamed in); close it in any case.
     * Refused (507) before anything is tried when the store's disk has too little room left.
     */
    public Transaction begin() {
        store.requireRoomToWrite();
        return new Transaction(store.dataset());
    }

    /**
     * One write transaction of the gate. Read the store with {@link #dataset()}, write with the other methods, then
     * {@link #commit()}; closing it without a commit (returning early, an exception) aborts every write.
     */
    public static final class Transaction implements AutoCloseable {
        private final DatasetGraph dsg;
        private Graph shapes;
        private Function<Node, String> locator = n -> null;
        private boolean validate = true;
        private boolean finished;

        private Transaction(DatasetGraph dsg) {
            this.dsg = dsg;
            dsg.begin(TxnType.WRITE);
        }

        /** The store inside this transaction, to read what is there. */
        public DatasetGraph dataset() { return dsg; }

        /** Empties the named graph {@code name} and gives it to write into: the content goes to the store as it comes. */
        public Graph emptied(Node name) {
            dsg.removeGraph(name);
            return dsg.getGraph(name);
        }

        /** Replaces the named graph {@code name} with {@code content}. */
        public void replace(Node name, Graph content) {
            dsg.removeGraph(name);
            dsg.addGraph(name, content);
        }

        /** Removes the named graph {@code name} and what the meta graph says about it. */
        public void remove(Node name) {
            dsg.removeGraph(name);
            dsg.deleteAny(Alu.GRAPH_META, name, Node.ANY, Node.ANY);
        }

        /** Replaces what the meta graph says about {@code subject} with {@code quads}. */
        public void meta(Node subject, List<Quad> quads) {
            dsg.deleteAny(Alu.GRAPH_META, subject, Node.ANY, Node.ANY);
            quads.forEach(dsg::add);
        }

        /** Shapes to validate with; null for the store's shapes graph. */
        public Transaction shapes(Graph shapesGraph) { this.shapes = shapesGraph; return this; }

        /** Names where a focus node was read from, for the violations' messages. */
        public Transaction locator(Function<Node, String> locate) { this.locator = locate; return this; }

        /** Whether SHACL validation runs (off only when the caller asked, as {@code --no-validate}). */
        public Transaction validate(boolean on) { this.validate = on; return this; }

        /** Validates the store as it now is and commits when it conforms; aborts otherwise. */
        public Verdict commit() {
            List<String> problems = validate
                ? violations(shapes != null ? shapes : dsg.getGraph(Alu.GRAPH_SHAPES), dataView(dsg), locator)
                : List.of();
            if (problems.isEmpty())
                dsg.commit();
            else
                dsg.abort();
            finished = true;
            return new Verdict(problems);
        }

        /** Aborts unless committed, and ends the transaction. */
        @Override
        public void close() {
            if (!finished)
                dsg.abort();
            dsg.end();
        }
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
