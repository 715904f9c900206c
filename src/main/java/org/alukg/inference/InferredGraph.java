package org.alukg.inference;

import java.util.ArrayList;
import java.util.HashSet;
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
import org.apache.jena.vocabulary.RDFS;

/**
 * Keeps the named graph {@link Alu#GRAPH_INFERRED} equal to {@link RdfsClosure#of} the data, in the transaction that
 * changes the data: a listener on TDB2's transaction coordinator brings the graph up to date as each write transaction
 * begins to commit, whatever made the change (an import, the curated loader, a restore, SPARQL Update or the Graph
 * Store Protocol through Fuseki). A reader therefore never sees the data of one commit with the closure of another,
 * and the dataset Fuseki and TDB2's query engine work on is TDB2's own, not a wrapper.
 * <p>
 * A write made through a wrapper that reports each quad ({@link #watch}, {@link #written}: a server's store) updates
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
        Written written = WRITTEN.get();
        boolean known = written != null && written.transaction == transaction && written.complete();
        if (known) {
            refresh(dsg, written.subjects);
            INCREMENTAL.incrementAndGet();
        } else
            refresh(dsg);
        // The version this transaction makes when it commits: the one it began on plus one (one writer at a time).
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        if (storage != null)
            journal(System.identityHashCode(storage)).record(transaction.getDataVersion() + 1,
                                                             known ? Set.copyOf(written.subjects) : null);
    }

    /**
     * The subjects written by each recent commit of one storage, by the data version it made; a version whose
     * subjects are not known (written some other way, or a hierarchy changed) has no entry. A commit that fails after
     * its entry was made leaves it to the next commit, which makes the same version and replaces it.
     */
    private static final class Journal {
        private static final int KEPT = 256;
        private final java.util.NavigableMap<Long, Set<Node>> byVersion = new java.util.TreeMap<>();

        synchronized void record(long version, Set<Node> subjects) {
            if (subjects == null)
                byVersion.remove(version);
            else
                byVersion.put(version, subjects);
            while (byVersion.size() > KEPT)
                byVersion.pollFirstEntry();
        }

        synchronized Set<Node> between(long after, long upTo) {
            Set<Node> all = new HashSet<>();
            for (long v = after + 1; v <= upTo; v++) {
                Set<Node> s = byVersion.get(v);
                if (s == null)
                    return null;
                all.addAll(s);
            }
            return all;
        }
    }

    /** The journals of the storages written to most recently ({@code DataVersion.generation} of each). */
    private static final java.util.Map<Long, Journal> JOURNALS = java.util.Collections.synchronizedMap(
        new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Long, Journal> eldest) { return size() > 64; }
        });

    private static Journal journal(long generation) { return JOURNALS.computeIfAbsent(generation, g -> new Journal()); }

    /**
     * The subjects written by the commits that made the versions after {@code after} up to {@code upTo} of the storage
     * {@code generation} (this listener sees every commit of the storages it follows), or null when one of them is
     * not known: what a cache of version {@code after} must look at again to follow the data to version {@code upTo}.
     */
    public static Set<Node> writtenBetween(long generation, long after, long upTo) {
        Journal j = JOURNALS.get(generation);
        return j == null ? null : j.between(after, upTo);
    }

    /**
     * Past this many subjects written in one transaction (a restore, a large import), the whole closure is computed
     * again: reading it all is then cheaper than looking each subject up.
     */
    static final int SUBJECTS_UP_TO = 20_000;

    /** The subjects a write transaction wrote, as seen by a dataset every write of it went through. */
    private static final class Written {
        final Transaction transaction;
        final Set<Node> subjects = new HashSet<>();
        boolean hierarchy, tooMany;

        Written(Transaction transaction) { this.transaction = transaction; }

        boolean complete() { return !hierarchy && !tooMany; }
    }

    private static final ThreadLocal<Written> WRITTEN = new ThreadLocal<>();

    /** How many commits in this JVM brought the closure up to date for their subjects only (for the tests). */
    static final java.util.concurrent.atomic.AtomicLong INCREMENTAL = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Called by a wrapper of the TDB2 dataset {@code dsg} just after it began a transaction on this thread, when every
     * write of that transaction goes through the wrapper and is told to {@link #written}: the closure is then brought up
     * to date for the subjects written only. A transaction begun any other way gets the whole closure computed again.
     */
    public static void watch(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Transaction txn = tdb == null ? null : tdb.getTxnSystem().getThreadTransaction();
        if (txn == null)
            WRITTEN.remove();
        else
            WRITTEN.set(new Written(txn));
    }

    /** A quad with subject {@code s} and predicate {@code p} added or deleted in the watched transaction of this thread. */
    public static void written(Node s, Node p) {
        Written w = WRITTEN.get();
        if (w == null || !w.complete())
            return;
        if (RDFS.subClassOf.asNode().equals(p) || RDFS.subPropertyOf.asNode().equals(p))
            w.hierarchy = true;
        else if (w.subjects.add(s) && w.subjects.size() > SUBJECTS_UP_TO) {
            w.tooMany = true;
            w.subjects.clear();
        }
    }

    /** The watched transaction of this thread ended. */
    public static void unwatch() { WRITTEN.remove(); }

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
