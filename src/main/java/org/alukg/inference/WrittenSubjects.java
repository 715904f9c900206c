package org.alukg.inference;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;

/**
 * The subjects each write transaction wrote, when every write of it went through a dataset wrapper that reports them
 * (a server's store: {@link #watch}, {@link #written}, {@link #unwatch}), and afterwards, by the data version each
 * commit made, for the things made from the data that follow a change by its subjects: the inferred graph
 * ({@link InferredGraph}, in the transaction) and the trace network (after it). A transaction begun any other way, or
 * one that changes a class or property hierarchy or writes very many subjects, is not known, and whoever follows the
 * data reads it all again.
 */
public final class WrittenSubjects {
    private WrittenSubjects() {}

    /**
     * Past this many subjects written in one transaction (a restore, a large import), they are not kept: reading the
     * data again is then cheaper than looking each subject up.
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

    /**
     * Called by a wrapper of the TDB2 dataset {@code dsg} just after it began a transaction on this thread, when every
     * write of that transaction goes through the wrapper and is told to {@link #written}.
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

    /** The subjects {@code transaction} wrote, when it is this thread's watched one and they are known; else null. */
    static Set<Node> of(Transaction transaction) {
        Written w = WRITTEN.get();
        return w != null && w.transaction == transaction && w.complete() ? w.subjects : null;
    }

    /**
     * Keeps {@code subjects} (null: not known) as what made the version {@code transaction} makes when it commits:
     * the one it began on plus one, as one writer at a time commits. Called as it begins to commit; a commit that then
     * fails leaves its entry to the next commit, which makes the same version and replaces it.
     */
    static void committing(DatasetGraph dsg, Transaction transaction, Set<Node> subjects) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(dsg);
        if (storage != null)
            journal(System.identityHashCode(storage)).record(transaction.getDataVersion() + 1,
                                                             subjects == null ? null : Set.copyOf(subjects));
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
     * {@code generation} (every commit of a store is seen here), or null when one of them is
     * not known: what a cache of version {@code after} must look at again to follow the data to version {@code upTo}.
     */
    public static Set<Node> writtenBetween(long generation, long after, long upTo) {
        Journal j = JOURNALS.get(generation);
        return j == null ? null : j.between(after, upTo);
    }
}
