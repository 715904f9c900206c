package org.alukg.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alukg.vocab.Alu;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeps the named graph {@link Alu#GRAPH_INFERRED} equal to {@link RdfsClosure#of} the data, in the transaction that
 * changes the data: a listener on TDB2's transaction coordinator brings the graph up to date as each write transaction
 * begins to commit, whatever made the change (an import, the curated loader, a restore, SPARQL Update or the Graph
 * Store Protocol through Fuseki). A reader therefore never sees the data of one commit with the closure of another,
 * and the dataset Fuseki and TDB2's query engine work on is TDB2's own, not a wrapper.
 * <p>
 * A write made through a wrapper that reports each quad ({@link WrittenSubjects}: a server's store) updates
 * the closure of the subjects it wrote only, so its cost follows the change; any other write, or one that changes a
 * hierarchy or writes very many subjects, computes the whole closure again.
 */
public final class InferredGraph implements TransactionListener {
    private final DatasetGraph dsg;

    private InferredGraph(DatasetGraph dsg) { this.dsg = dsg; }

    /**
     * Makes every write to the TDB2 dataset {@code dsg} keep the closure; a dataset that is not TDB2 is left alone.
     * Call again after the dataset's storage was swapped (a compaction gives it a new transaction coordinator), while
     * no transaction runs; a coordinator that already has the listener is not given a second one.
     */
    public static void follow(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null)
            return;
        TransactionCoordinator coordinator = tdb.getTxnSystem().getTxnMgr();
        synchronized (FOLLOWED) {
            if (FOLLOWED.contains(coordinator))
                return;
            FOLLOWED.add(coordinator);
        }
        coordinator.modifyConfigDirect(() -> coordinator.addListener(new InferredGraph(dsg)));
    }

    /** Coordinators given a listener (weakly held: a store closed and dropped takes its entry with it). */
    private static final Set<TransactionCoordinator> FOLLOWED =
        java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    @Override
    public void notifyPrepareStart(Transaction transaction) {
        if (transaction.getMode() != ReadWrite.WRITE)
            return;
        Set<Node> written = WrittenSubjects.of(transaction);
        if (written != null) {
            refresh(dsg, written);
            INCREMENTAL.incrementAndGet();
        } else
            refresh(dsg);
        WrittenSubjects.committing(dsg, transaction, written);
    }

    /** How many commits in this JVM brought the closure up to date for their subjects only (for the tests). */
    static final java.util.concurrent.atomic.AtomicLong INCREMENTAL = new java.util.concurrent.atomic.AtomicLong();

    /** Brings the closure's triples about {@code subjects} up to date, the hierarchies being unchanged. */
    static Change refresh(DatasetGraph dsg, Set<Node> subjects) {
        if (subjects.isEmpty())
            return new Change(0, 0);
        Set<Triple> wanted = RdfsClosure.about(dsg, subjects);
        List<Triple> stale = new ArrayList<>();
        for (Node x : subjects)
            sortOut(dsg, x, wanted, stale);
        return apply(dsg, wanted, stale);
    }

    /** What a refresh changed in the inferred graph. */
    public record Change(int added, int removed) {}

    /** Brings the inferred graph of {@code dsg} up to date, inside the write transaction the caller holds. */
    public static Change refresh(DatasetGraph dsg) {
        Set<Triple> wanted = RdfsClosure.of(dsg);
        List<Triple> stale = new ArrayList<>();
        sortOut(dsg, Node.ANY, wanted, stale);
        return apply(dsg, wanted, stale);
    }

    /**
     * Goes through the inferred triples about {@code subject} (any when {@code Node.ANY}): those still wanted leave
     * {@code wanted}, which then holds what to add; the others go to {@code stale}, to remove.
     */
    private static void sortOut(DatasetGraph dsg, Node subject, Set<Triple> wanted, List<Triple> stale) {
        var it = dsg.find(Alu.GRAPH_INFERRED, subject, Node.ANY, Node.ANY);
        try {
            it.forEachRemaining(q -> {
                Triple t = q.asTriple();
                if (!wanted.remove(t))
                    stale.add(t);
            });
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static Change apply(DatasetGraph dsg, Set<Triple> wanted, List<Triple> stale) {
        for (Triple t : stale)
            dsg.delete(Alu.GRAPH_INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
        for (Triple t : wanted)
            dsg.add(Alu.GRAPH_INFERRED, t.getSubject(), t.getPredicate(), t.getObject());
        return new Change(wanted.size(), stale.size());
    }
}
