package org.alukg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The RDF store alukg runs on: a TDB2 database in a folder, or a TDB2 database that keeps nothing ("in memory").
 * Queries see the union of the named graphs as their default graph.
 */
public final class Store implements AutoCloseable {
    /** The TDB2 database itself. */
    private final DatasetGraph tdb;
    /** What reads and writes go through: the database, or a wrapper of it that records each committed change. */
    private volatile DatasetGraph dsg;
    /** Asked before every write, after the disk: empty, or why writes are refused now (the replication log is away). */
    private volatile Supplier<java.util.Optional<org.alukg.problem.Problem>> writeGate = java.util.Optional::empty;
    private final String description;
    private final Path location;
    /** The scratch folder of a store "in memory", removed when it closes; null for a store in a folder of its own. */
    private final Path scratch;

    private Store(DatasetGraph dsg, String description, Path location, Path scratch) {
        this.tdb = dsg;
        this.dsg = dsg;
        this.description = description;
        this.location = location;
        this.scratch = scratch;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        org.alukg.inference.InferredGraph.follow(dsg);
    }

    /** Opens (or creates) the TDB2 store in {@code dir}. */
    public static Store tdb2(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store folder: " + dir, e);
        }
        return new Store(DatabaseMgr.connectDatasetGraph(dir.toString()), describe(dir), dir, null);
    }

    /** How messages name the TDB2 store in {@code dir}: "TDB2 /absolute/folder". */
    public static String describe(Path dir) { return "TDB2 " + dir.toAbsolutePath().normalize(); }

    /**
     * A fresh TDB2 store that keeps nothing: a TDB2 database in a scratch folder on the memory file system
     * ({@code /dev/shm}) where there is one, else in the temporary folder, removed when the store closes. A folder
     * left by a process that ended without closing its store (killed, or stopped while the store was in use: no
     * shutdown hook closes a store that a graceful stop may still be answering from) is removed by the next store
     * made in memory. TDB2 on memory-mapped files loads several times faster than TDB2's own in-memory mode, which
     * copies every block it touches.
     */
    public static Store inMemory() {
        Path shm = Path.of("/dev/shm");
        Path where = Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        String prefix = SCRATCH_PREFIX + ProcessHandle.current().pid() + "-";
        Path dir;
        try {
            removeAbandoned(where);
            dir = Files.createTempDirectory(where, prefix);
        } catch (IOException e) {
            return new Store(DatabaseMgr.createDatasetGraph(), "TDB2 in memory", null, null);
        }
        return new Store(DatabaseMgr.connectDatasetGraph(dir.toString()), "TDB2 in memory", null, dir);
    }

    private static final String SCRATCH_PREFIX = "alukg-mem-";

    /** Removes the scratch folders in {@code where} of processes that no longer run. */
    private static void removeAbandoned(Path where) throws IOException {
        try (var dirs = Files.list(where)) {
            for (Path d : dirs.filter(p -> p.getFileName().toString().startsWith(SCRATCH_PREFIX)).toList()) {
                String rest = d.getFileName().toString().substring(SCRATCH_PREFIX.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (ProcessHandle.of(pid).isEmpty())
                        deleteTree(d);
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
    }

    public DatasetGraph dataset() { return dsg; }

    /**
     * The TDB2 database under {@link #dataset()}, for what works on the database itself (compaction, the data version)
     * and for bookkeeping that must not count as a change of the data (the replication outbox and offsets).
     */
    public DatasetGraph database() { return tdb; }

    /**
     * From now on, reads and writes go through {@code wrap.apply(database())} (a wrapper that records each committed
     * change). Call it before anything reads or writes the store.
     */
    public void wrap(java.util.function.UnaryOperator<DatasetGraph> wrap) { dsg = wrap.apply(tdb); }

    /** Before each write, {@link #requireRoomToWrite()} also asks {@code gate}: a problem it gives refuses the write. */
    public void gateWrites(Supplier<java.util.Optional<org.alukg.problem.Problem>> gate) { writeGate = gate; }
    /** Where the data lives, for messages. */
    public String description() { return description; }

    /** The scratch folder of a store in memory; null for a store in a folder of its own. */
    Path scratchFolder() { return scratch; }

    /** The folder of a TDB2 store on disk; null in memory. */
    public Path location() { return location; }

    /** The folder TDB2 keeps this store's files in: its location, or the scratch folder of a store in memory; null for TDB2's own in-memory mode. */
    public Path files() { return location != null ? location : scratch; }

    /**
     * Bytes the store's files take on disk: the sum of their lengths under {@link #files()}, every generation TDB2 keeps
     * there (0 for TDB2's own in-memory mode). TDB2 grows its files in steps of a few megabytes, so this is what the disk
     * has to hold, not what the quads need.
     */
    public long sizeOnDisk() {
        Path dir = files();
        if (dir == null || !Files.isDirectory(dir))
            return 0;
        try (var paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot measure the store folder: " + dir,
                                           e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /**
     * The state of the data this thread sees: inside a transaction, the version that transaction reads; outside, the
     * latest committed one. TDB2 counts only committed write transactions, so a write that is running or was aborted
     * does not change it. The one notion of data version in alukg: every feature that caches what it made from the
     * data asks here.
     */
    public DataVersion version() {
        if (!dsg.isInTransaction())
            return read(this::version);
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        return new DataVersion(System.identityHashCode(storage), storage.getTxnSystem().getThreadTransaction().getDataVersion());
    }

    public <T> T read(Supplier<T> action) { return Txn.calculateRead(dsg, action); }

    public void write(Runnable action) { Txn.executeWrite(dsg, action); }

    public <T> T calculateWrite(Supplier<T> action) { return Txn.calculateWrite(dsg, action); }

    private volatile boolean closed;

    /** Free space a write needs on the store's disk before it is tried: below it, writes are refused with 507. */
    public static final long MIN_FREE_BYTES = 8L << 20;

    /** Bytes free for the store on its disk (no limit for a store in memory). */
    public long freeBytes() {
        if (location == null)
            return Long.MAX_VALUE;
        try {
            return Files.getFileStore(location).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // the disk cannot say: let the write try
        }
    }

    /**
     * Throws 507 when the store's disk has too little room left for a write, or the problem of the write gate (503 when
     * the replication log cannot be reached); the store and reads are unaffected.
     */
    public void requireRoomToWrite() {
        requireDiskRoom();
        java.util.Optional<org.alukg.problem.Problem> refused = writeGate.get();
        if (refused.isPresent())
            throw refused.get();
    }

    /**
     * Throws 507 when the store's disk has too little room left for a write; unlike {@link #requireRoomToWrite()},
     * the write gate is not asked (for work that changes no data, such as a compaction).
     */
    public void requireDiskRoom() {
        long free = freeBytes();
        if (free < MIN_FREE_BYTES)
            throw new org.alukg.problem.Problem(org.alukg.problem.Kind.INSUFFICIENT_STORAGE,
                "the store's disk is full: " + free + " bytes free, writes need at least " + MIN_FREE_BYTES
                + " (free some space; reads go on)");
    }

    /** False once closed. */
    public boolean isOpen() { return !closed; }

    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        tdb.close();
        if (scratch != null) {
            release();
            deleteTree(scratch);
        }
    }

    /**
     * Closes the store and lets go of its files (TDB2 keeps a store's files open for the next open in this process):
     * for a store whose folder is removed next.
     */
    public synchronized void closeAndRelease() {
        boolean wasOpen = !closed;
        close();
        if (wasOpen && scratch == null)
            release();
    }

    private void release() {
        awaitTransactions(java.time.Duration.ofSeconds(30));
        TDBInternal.expel(tdb);
    }

    /**
     * Waits, up to {@code atMost}, for the transactions still running to end (a query cancelled by its timeout, a
     * cache being built in the background): the files of a store in memory are released only when none is left.
     */
    private void awaitTransactions(java.time.Duration atMost) {
        var coordinator = TDBInternal.getDatasetGraphTDB(tdb).getTxnSystem().getTxnMgr();
        long until = System.nanoTime() + atMost.toNanos();
        while (coordinator.countActiveReaders() + coordinator.countActiveWriter() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind is only wasted space in a temporary folder
        }
    }
}
