package org.alukg.replication;

import java.util.function.ObjLongConsumer;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFChanges;

/**
 * Receives the changes of the write transactions of the store (from {@link CapturingDataset}) and, when one commits
 * with changes, hands its patch body to the outbox while that transaction is still open — so the change and its place
 * in the outbox commit together, or neither does. An aborted transaction leaves nothing. Each thread has its own
 * change under way: a writer waiting for TDB2's write lock has begun, but not yet written.
 */
final class ChangeRecorder implements RDFChanges {
    private final ThreadLocal<PatchWriter> open = new ThreadLocal<>();
    private final ObjLongConsumer<byte[]> onCommit;

    /** {@code onCommit} gets the body and the count of changes, inside the committing transaction. */
    ChangeRecorder(ObjLongConsumer<byte[]> onCommit) { this.onCommit = onCommit; }

    @Override public void txnBegin() { open.set(new PatchWriter()); }

    @Override
    public void txnCommit() {
        PatchWriter w = open.get();
        open.remove();
        if (w != null && w.changes() > 0)
            onCommit.accept(w.body(), w.changes());
    }

    @Override public void txnAbort() { open.remove(); }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        PatchWriter w = open.get();
        if (w != null)
            w.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        PatchWriter w = open.get();
        if (w != null)
            w.delete(g, s, p, o);
    }

    @Override
    public void addPrefix(Node g, String prefix, String iri) {
        PatchWriter w = open.get();
        if (w != null)
            w.addPrefix(g, prefix, iri);
    }

    @Override
    public void deletePrefix(Node g, String prefix) {
        PatchWriter w = open.get();
        if (w != null)
            w.deletePrefix(g, prefix);
    }

    @Override public void header(String field, Node value) {}
    @Override public void start() {}
    @Override public void finish() {}
    @Override public void segment() {}
}
