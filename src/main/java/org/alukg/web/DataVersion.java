package org.alukg.web;

import org.alukg.store.Store;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the data a read sees: the TDB2 storage generation (it changes on compaction) and its data
 * version (it grows with every committed write). Call inside a read transaction. What is made from the data once —
 * dumps, the dataset description — is remade when this changes.
 */
record DataVersion(String storage, long version) {

    static DataVersion current(Store store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.dataset());
        return new DataVersion(tdb.getLocation().toString() + "@" + System.identityHashCode(tdb),
                               tdb.getTxnSystem().getTransactionInfo().getDataVersion());
    }

    static DataVersion read(Store store) { return store.read(() -> current(store)); }
}
