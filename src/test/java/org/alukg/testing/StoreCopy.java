package org.alukg.testing;

import org.alukg.store.Store;

/**
 * A private TDB2 store, a copy of loaded content, in a {@link ScratchFolder} of its own: on the memory file system TDB2
 * reads and writes its memory-mapped files faster than in its own in-memory mode, which copies every block it touches.
 * Closing it closes the store, lets go of it and deletes the folder; closing twice does nothing more.
 */
final class StoreCopy implements AutoCloseable {
    final Store store;
    private final ScratchFolder folder;
    private boolean closed;

    private StoreCopy(Store store, ScratchFolder folder) {
        this.store = store;
        this.folder = folder;
    }

    /** Opens the TDB2 store whose files are in {@code folder}. */
    static StoreCopy open(ScratchFolder folder) { return new StoreCopy(Store.tdb2(folder.path()), folder); }

    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        store.closeAndRelease();
        folder.close();
    }
}
