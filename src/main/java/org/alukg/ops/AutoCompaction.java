package org.alukg.ops;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.alukg.store.DataVersion;
import org.alukg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a store from growing without need: TDB2 never gives back the space of data replaced or removed, so when the
 * store's files take more than {@code multiple} times what they took after the last compaction (or when this watch
 * began), the store is compacted. Checked on demand ({@link #check}) and, once {@link #start}ed, every so many seconds
 * when the data changed since the last check. A multiple of 0 turns it off.
 */
public final class AutoCompaction {
    private static final Logger LOG = LoggerFactory.getLogger("alukg.ops");
    private final Store store;
    private final int multiple;
    private long baseline;
    private DataVersion checked;
    private ScheduledExecutorService timer;

    public AutoCompaction(Store store, int multiple) {
        this.store = store;
        this.multiple = multiple;
    }

    /** Compacts now, whatever the sizes, and takes the size after as the new baseline. */
    public synchronized Compaction.Compacted compact() {
        Compaction.Compacted c = Compaction.compact(store);
        baseline = c.bytesAfter();
        checked = store.version();
        return c;
    }

    /** Compacts when the data changed since the last check and the store outgrew its baseline; what it did, if anything. */
    public synchronized Optional<Compaction.Compacted> check() {
        if (multiple == 0 || store.files() == null || !store.isOpen())
            return Optional.empty();
        DataVersion now = store.version();
        if (now.equals(checked))
            return Optional.empty();
        checked = now;
        long size = store.sizeOnDisk();
        if (baseline == 0) {
            baseline = size;
            return Optional.empty();
        }
        if (size <= multiple * baseline)
            return Optional.empty();
        long was = baseline;
        Compaction.Compacted c = compact();
        LOG.info("compacted the store by itself: {} bytes, over {} times the {} bytes after the last compaction; {} bytes now",
                 c.bytesBefore(), multiple, was, c.bytesAfter());
        return Optional.of(c);
    }

    /** Takes the store's size now as the baseline and checks every {@code seconds} from now on. */
    public synchronized void start(int seconds) {
        if (multiple == 0 || timer != null)
            return;
        check();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "alukg-auto-compaction");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkLogged, seconds, seconds, TimeUnit.SECONDS);
    }

    public synchronized void stop() {
        if (timer != null)
            timer.shutdownNow();
        timer = null;
    }

    private void checkLogged() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("automatic compaction failed: {}", e.getMessage(), e);
        }
    }
}
