package org.alukg.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The making of one in-memory structure (a snapshot, an index) on a background thread, one at a time: what a module
 * starts when {@link AlukgModule#notReady()} finds its structure not yet made for the current data version.
 */
public final class BackgroundBuild {
    private final String threadName;
    private final AtomicBoolean running = new AtomicBoolean();

    public BackgroundBuild(String threadName) { this.threadName = threadName; }

    /** Runs {@code build} on a daemon thread, unless a build started here is still running. Never waits. */
    public void start(Runnable build) {
        if (!running.compareAndSet(false, true))
            return;
        Thread t = new Thread(() -> {
            try {
                build.run();
            } finally {
                running.set(false);
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
    }
}
