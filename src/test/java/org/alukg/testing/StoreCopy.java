package org.alukg.testing;

import java.util.List;

import org.alukg.store.Store;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A private TDB2 store holding a copy of loaded content, in a {@link ScratchFolder} of its own: on the memory file
 * system TDB2 reads and writes its memory-mapped files faster than in its own in-memory mode, which copies every
 * block it touches. Closing it closes the store, lets go of it and deletes the folder; closing twice does nothing more.
 */
final class StoreCopy implements AutoCloseable {
    final Store store;
    private final ScratchFolder folder;
    private boolean closed;

    private StoreCopy(Store store, ScratchFolder folder) {
        this.store = store;
        this.folder = folder;
    }

    static StoreCopy of(List<Quad> content) {
        ScratchFolder folder = ScratchFolder.create("alukg-test-store-");
        Store store = Store.tdb2(folder.path());
        store.write(() -> content.forEach(store.dataset()::add));
        return new StoreCopy(store, folder);
    }

    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        store.close();
        TDBInternal.expel(store.dataset());
        folder.close();
    }
}
