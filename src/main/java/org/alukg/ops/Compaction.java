package org.alukg.ops;

import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Compacts a TDB2 store online with Jena's {@link DatabaseMgr#compact}: the live data is copied into a new generation
 * while reads and writes go on, the store switches to it in a moment when no transaction runs, and the old generation
 * is deleted. One compaction at a time per store.
 */
public final class Compaction {
    private Compaction() {}

    /** What a compaction did: bytes on disk before and after, and the data version before and after. */
    public record Compacted(long bytesBefore, long bytesAfter, String versionBefore, String versionAfter) {}

    public static Compacted compact(Store store) {
        if (store.files() == null || !DatabaseMgr.isTDB2(store.dataset()))
            throw Problem.badRequest("only a TDB2 store in a folder can be compacted: " + store.description());
        synchronized (store) {
            store.requireRoomToWrite();
            long before = store.sizeOnDisk();
            String versionBefore = store.version().toString();
            DatabaseMgr.compact(store.dataset(), true);
            return new Compacted(before, store.sizeOnDisk(), versionBefore, store.version().toString());
        }
    }
}
