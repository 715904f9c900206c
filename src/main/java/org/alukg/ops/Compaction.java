package org.alukg.ops;

import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.dboe.storage.system.DatasetGraphTxnCtl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Compacts a TDB2 store online with Jena's {@link DatabaseMgr#compact}: the live data is copied into a new generation,
 * the store switches to it, and the old generation is deleted. One compaction at a time per store.
 * <p>
 * The store is held in exclusive mode meanwhile: transactions that run are let finish, and those that begin wait
 * until the switch is done (for this graph's size, seconds), so none is lost. Left to itself, Jena 5.6 lets readers
 * begin on the old generation while it copies, and one that ends after the switch ends on the new generation instead:
 * the old one then never sees it finish, and the compaction waits for it for ever.
 */
public final class Compaction {
    private Compaction() {}

    /** What a compaction did: bytes on disk before and after, and the data version before and after. */
    public record Compacted(long bytesBefore, long bytesAfter, String versionBefore, String versionAfter) {}

    public static Compacted compact(Store store) {
        if (store.files() == null || !DatabaseMgr.isTDB2(store.database()))
            throw Problem.badRequest("only a TDB2 store in a folder can be compacted: " + store.description());
        synchronized (store) {
            store.requireDiskRoom();
            long before = store.sizeOnDisk();
            String versionBefore = store.version().toString();
            DatasetGraph dsg = store.database();
            if (dsg instanceof DatasetGraphTxnCtl control) {
                control.startExclusiveMode();
                try {
                    DatabaseMgr.compact(dsg, true);
                    org.alukg.inference.InferredGraph.follow(dsg); // the new generation has a transaction coordinator of its own
                } finally {
                    control.finishExclusiveMode();
                }
            } else {
                DatabaseMgr.compact(dsg, true);
                org.alukg.inference.InferredGraph.follow(dsg);
            }
            return new Compacted(before, store.sizeOnDisk(), versionBefore, store.version().toString());
        }
    }
}
