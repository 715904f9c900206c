package org.alukg.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The one gate every write that is not a raw SPARQL Update goes through: the new content of some named graphs is
 * written in one TDB2 write transaction, the store as it then is is SHACL-validated, and the transaction commits
 * only when it conforms. Anything else — a violation, a caller that stops, an exception — leaves the store as it was.
 * <p>
 * Validation is proportional to the change: when only import graphs change, SHACL checks the nodes the change
 * touches (subjects and objects of the triples written or removed, but not vocabulary terms such as classes) and the
 * nodes that point at them, which is what every shape of {@code ontology/shapes.ttl} reaches from a node (its paths
 * are one step, forwards or backwards; its SPARQL constraints look one step out from {@code $this}). A change to the
 * curated data, the ontology or the shapes validates the whole store.
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
        private boolean validate = true;

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
        /** Whether SHACL validation runs: off only for content its caller knows to conform (or was asked not to check). */
        public Change validate(boolean on) { this.validate = on; return this; }
    }

    /** Writes the change and commits it when the store then conforms to the shapes. */
    public Verdict commit(Change change) {
        try (Transaction tx = begin()) {
            change.removed.forEach(tx::remove);
            change.graphs.forEach(tx::replace);
            change.meta.forEach(tx::meta);
            return tx.shapes(change.shapes).locator(change.locator).validate(change.validate).commit();
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
        /** Import graphs written or removed, and the nodes of what they held before; or the whole store to check. */
        private final Set<Node> touched = new LinkedHashSet<>();
        private final Set<Node> before = new HashSet<>();
        private boolean whole;

        private Transaction(DatasetGraph dsg) {
            this.dsg = dsg;
            dsg.begin(TxnType.WRITE);
        }

        /** The store inside this transaction, to read what is there. */
        public DatasetGraph dataset() { return dsg; }

        /** Empties the named graph {@code name} and gives it to write into: the content goes to the store as it comes. */
        public Graph emptied(Node name) {
            touch(name);
            dsg.removeGraph(name);
            return dsg.getGraph(name);
        }

        /** Replaces the named graph {@code name} with {@code content}. */
        public void replace(Node name, Graph content) {
            touch(name);
            dsg.removeGraph(name);
            dsg.addGraph(name, content);
        }

        /** Removes the named graph {@code name} and what the meta graph says about it. */
        public void remove(Node name) {
            touch(name);
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
            List<String> problems = List.of();
            if (validate) {
                Graph shapesGraph = shapes != null ? shapes : dsg.getGraph(Alu.GRAPH_SHAPES);
                Graph data = new AssertedView(dsg);
                problems = whole || shapes != null ? violations(shapesGraph, data, locator)
                                                   : violations(shapesGraph, data, focusNodes(data), locator);
            }
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

        /** Records a graph about to change: the whole store is checked unless it is an import graph. */
        private void touch(Node name) {
            if (!name.isURI() || !name.getURI().startsWith(Alu.GRAPH_IMPORT_PREFIX))
                whole = true;
            else if (touched.add(name) && !whole)
                nodesOf(dsg.getGraph(name), before);
        }

        /** The nodes the change touched, before and after, and the nodes that point at them. */
        private Set<Node> focusNodes(Graph data) {
            Set<Node> nodes = new HashSet<>(before);
            for (Node g : touched)
                nodesOf(dsg.getGraph(g), nodes);
            Set<Node> focus = new LinkedHashSet<>(nodes);
            for (Node n : nodes)
                data.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> focus.add(t.getSubject()));
            return focus;
        }
    }

    /**
     * Subjects and objects of the triples of {@code g}, into {@code out}; not literals, not the classes of
     * {@code rdf:type}, and not the terms of a
     * vocabulary (our ontology's classes and individuals such as {@code alu:HighConfidence}, W3C terms): no shape
     * targets them, and thousands of nodes point at each.
     */
    private static void nodesOf(Graph g, Set<Node> out) {
        g.find().forEachRemaining(t -> {
            out.add(t.getSubject());
            Node o = t.getObject();
            if (!o.isLiteral() && !TYPE.equals(t.getPredicate())
                && !(o.isURI() && (o.getURI().startsWith(Alu.NS) || o.getURI().startsWith(W3C))))
                out.add(o);
        });
    }

    private static final String W3C = "http://www.w3.org/";
    private static final Node TYPE = org.apache.jena.vocabulary.RDF.type.asNode();

    /** The shapes of the last shapes graph parsed, kept while the graph holds the same triples. */
    private record ParsedShapes(Set<org.apache.jena.graph.Triple> triples, Shapes shapes) {}

    private static volatile ParsedShapes lastShapes;

    private static Shapes shapesOf(Graph shapesGraph) {
        Set<org.apache.jena.graph.Triple> triples = new HashSet<>(shapesGraph.find().toList());
        ParsedShapes last = lastShapes;
        if (last != null && last.triples().equals(triples))
            return last.shapes();
        // Parsed from a copy in memory: the shapes keep their graph, which must outlive the store it was read from.
        Graph copy = GraphFactory.createGraphMem();
        triples.forEach(copy::add);
        copy.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        Shapes shapes = Shapes.parse(copy);
        lastShapes = new ParsedShapes(triples, shapes);
        return shapes;
    }

    /** Up to this many triples, the whole store is validated from a copy in memory (faster to search than TDB2's). */
    private static final long COPY_UP_TO = 500_000;

    /** SHACL violations (not warnings) as lines: focus node, path, message, and where the node came from. */
    public static List<String> violations(Graph shapesGraph, Graph data, Function<Node, String> locator) {
        if (shapesGraph == null || shapesGraph.isEmpty())
            return new ArrayList<>();
        return lines(ShaclValidator.get().validate(shapesOf(shapesGraph), inMemory(data, COPY_UP_TO)).getEntries(), locator);
    }

    /** The store's asserted data copied into memory when it has up to {@code upTo} triples; else as it is. */
    private static Graph inMemory(Graph data, long upTo) {
        if (!(data instanceof AssertedView))
            return data;
        Graph copy = GraphFactory.createGraphMem();
        var it = data.find();
        try {
            while (it.hasNext()) {
                copy.add(it.next());
                if (copy.size() > upTo)
                    return data;
            }
        } finally {
            it.close();
        }
        return copy;
    }

    /** The SHACL violations of the nodes {@code focus} only, each checked against the shapes that target it. */
    static List<String> violations(Graph shapesGraph, Graph data, Set<Node> focus, Function<Node, String> locator) {
        if (shapesGraph == null || shapesGraph.isEmpty() || focus.isEmpty())
            return new ArrayList<>();
        Shapes shapes = shapesOf(shapesGraph);
        List<ReportEntry> entries = new ArrayList<>();
        for (Node n : focus)
            entries.addAll(ValidationProc.plainValidationNode(shapes, data, n).getEntries());
        return lines(entries, locator);
    }

    private static List<String> lines(Collection<ReportEntry> entries, Function<Node, String> locator) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : entries) {
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
