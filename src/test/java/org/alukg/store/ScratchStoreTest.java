package org.alukg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** A store "in memory" (`--mem`) holds data while open and leaves nothing behind once closed. */
class ScratchStoreTest {
    @Test
    void holdsDataWhileOpenAndLeavesNothingOnceClosed() {
        Store store = Store.inMemory();
        Path folder = store.scratchFolder();
        assertTrue(Files.isDirectory(folder), "a scratch folder while open: " + folder);
        if (Files.isDirectory(Path.of("/dev/shm")))
            assertTrue(folder.startsWith("/dev/shm"), "on the memory file system: " + folder);
        Quad q = Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
                             NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"));
        store.write(() -> store.dataset().add(q));
        assertTrue(store.read(() -> store.dataset().contains(q)));
        assertNull(store.location(), "a store in memory has no folder of its own");
        assertEquals("TDB2 in memory", store.description());
        store.close();
        assertFalse(Files.exists(folder), "its folder is removed: " + folder);
        assertFalse(store.isOpen());

        Store fresh = Store.inMemory();
        assertFalse(fresh.read(() -> fresh.dataset().contains(q)), "a new one starts empty");
        fresh.close();
    }

    @Test
    void theFolderOfAProcessThatEndedWithoutClosingIsRemovedByTheNextOne() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Store probe = Store.inMemory();
        Path where = probe.scratchFolder().getParent();
        probe.close();
        Path abandoned = Files.createDirectories(where.resolve("alukg-mem-" + ended.pid() + "-left"));
        Files.writeString(abandoned.resolve("Data-0001"), "left behind");
        Path alive = Files.createDirectories(where.resolve("alukg-mem-" + ProcessHandle.current().pid() + "-inuse"));
        try (Store next = Store.inMemory()) {
            assertFalse(Files.exists(abandoned), "removed: " + abandoned);
            assertTrue(Files.exists(alive), "a folder of a running process stays");
        } finally {
            Files.deleteIfExists(alive);
        }
    }
}
