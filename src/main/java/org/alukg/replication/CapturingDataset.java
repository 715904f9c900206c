package org.alukg.replication;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as the writer's server sees it: TDB2, with every addition and deletion of a write transaction recorded by
 * a {@link ChangeRecorder}. Every way of writing ends in {@link #add} or {@link #delete}: graphs are views of this
 * dataset, and clearing, dropping a graph and deleting by pattern delete quad by quad, so the patch says exactly what
 * changed. The {@link ReplicationGraph} is the writer's own bookkeeping: writes to it from outside are ignored, and
 * clearing the store leaves it. Queries still run on TDB2's engine, union default graph included
 * ({@link TdbEngineForCapture}).
 */
public final class CapturingDataset extends DatasetGraphChanges {
    private static final int BATCH = 10_000;

    private final Runnable committed;

    /** {@code committed} runs after each commit of a write transaction (to wake the publisher). */
    CapturingDataset(DatasetGraph tdb, org.apache.jena.rdfpatch.RDFChanges recorder, Runnable committed) {
        super(tdb, recorder);
        this.committed = committed;
    }

    // Every write of a transaction begun here passes through add and delete: the inferred graph follows its subjects.
    @Override
    public void begin() {
        super.begin();
        org.alukg.inference.WrittenSubjects.watch(getWrapped());
    }

    @Override
    public void begin(org.apache.jena.query.TxnType type) {
        super.begin(type);
        if (type != org.apache.jena.query.TxnType.READ) // a query writes nothing: it is not watched
            org.alukg.inference.WrittenSubjects.watch(getWrapped());
    }

    @Override
    public void begin(org.apache.jena.query.ReadWrite mode) {
        super.begin(mode);
        if (mode == org.apache.jena.query.ReadWrite.WRITE)
            org.alukg.inference.WrittenSubjects.watch(getWrapped());
    }

    @Override
    public void end() {
        org.alukg.inference.WrittenSubjects.unwatch();
        super.end();
    }

    @Override
    public void commit() {
        boolean writing = isInTransaction() && transactionMode() == org.apache.jena.query.ReadWrite.WRITE;
        super.commit();
        if (writing)
            committed.run();
    }

    /**
     * The store of a server that publishes nothing, wrapped only so that an audited request can count what it changed
     * ({@link #count}); queries still run on TDB2's engine.
     */
    public static CapturingDataset countingOnly(DatasetGraph tdb) {
        TdbEngineForCapture.register();
        return new CapturingDataset(tdb, new org.apache.jena.rdfpatch.changes.RDFChangesNoOp(), () -> {});
    }

    /** What the writes of one request changed: quads added that were not there, quads removed that were. */
    public static final class Counts {
        private long added, removed;

        public long added() { return added; }

        public long removed() { return removed; }
    }

    private static final ThreadLocal<Counts> COUNTING = new ThreadLocal<>();

    /**
     * From now until {@link #stopCounting()}, counts the quads the writes of this thread add and remove (an update or
     * a Graph Store write answered by this thread). Counting costs one look-up per quad written, so only the audited
     * requests pay it.
     */
    public static Counts startCounting() {
        Counts counts = new Counts();
        COUNTING.set(counts);
        return counts;
    }

    /** Ends the counting of this thread's writes. */
    public static void stopCounting() { COUNTING.remove(); }

    private static boolean reserved(Node g) { return ReplicationGraph.GRAPH.equals(g); }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (reserved(g))
            return;
        Counts counts = COUNTING.get();
        if (counts != null && !getWrapped().contains(g, s, p, o))
            counts.added++;
        org.alukg.inference.WrittenSubjects.written(s, p);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (reserved(g))
            return;
        Counts counts = COUNTING.get();
        if (counts != null && getWrapped().contains(g, s, p, o))
            counts.removed++;
        org.alukg.inference.WrittenSubjects.written(s, p);
        super.delete(g, s, p, o);
    }

    @Override public void add(Quad q) { add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override public void delete(Quad q) { delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        while (true) {
            List<Quad> batch = new ArrayList<>(BATCH);
            Iterator<Quad> it = getWrapped().find(g, s, p, o);
            while (it.hasNext() && batch.size() < BATCH) {
                Quad q = it.next();
                if (!reserved(q.getGraph()))
                    batch.add(q);
            }
            boolean more = it.hasNext();
            org.apache.jena.atlas.iterator.Iter.close(it);
            batch.forEach(this::delete);
            if (!more || batch.isEmpty())
                return;
        }
    }

    @Override public void clear() { deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    @Override public void removeGraph(Node g) { deleteAny(g, Node.ANY, Node.ANY, Node.ANY); }

    @Override
    public void addGraph(Node g, Graph graph) {
        graph.find().forEachRemaining(t -> add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override public Graph getDefaultGraph() { return GraphView.createDefaultGraph(this); }

    @Override public Graph getGraph(Node g) { return GraphView.createNamedGraph(this, g); }
}
