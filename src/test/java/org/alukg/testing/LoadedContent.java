package org.alukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.apache.jena.sparql.core.Quad;

/**
 * One tree of content, loaded through the curated loader (parsed, SHACL-validated) once per JVM and kept twice: as
 * its quads, and as a closed TDB2 store in a scratch folder, whose files every private copy starts from (copying the
 * files costs a fraction of adding the quads to a new store again). A tree that does not load is remembered too: every
 * test that asks for it fails with the loader's message, without loading again.
 */
final class LoadedContent {
    private static final Map<ContentTree, LoadedContent> LOADED = new ConcurrentHashMap<>();

    private final ContentTree tree;
    private final List<Quad> quads;
    private final ScratchFolder store;
    private final RuntimeException failure;

    private LoadedContent(ContentTree tree, List<Quad> quads, ScratchFolder store, RuntimeException failure) {
        this.tree = tree;
        this.quads = quads;
        this.store = store;
        this.failure = failure;
    }

    static LoadedContent of(ContentTree tree) { return LOADED.computeIfAbsent(tree, LoadedContent::load); }

    private static LoadedContent load(ContentTree tree) {
        List<Quad> quads;
        try (Store loaded = Store.inMemory()) {
            new CuratedLoader(tree.locations()).loadIfStale(loaded, false);
            quads = loaded.read(() -> {
                List<Quad> all = new ArrayList<>();
                loaded.dataset().find().forEachRemaining(all::add);
                return List.copyOf(all);
            });
        } catch (RuntimeException e) {
            return new LoadedContent(tree, List.of(), null, e);
        }
        ScratchFolder folder = ScratchFolder.create("alukg-test-content-");
        Runtime.getRuntime().addShutdownHook(new Thread(folder::close, "alukg-test-content-cleanup"));
        Store store = Store.tdb2(folder.path());
        store.write(() -> quads.forEach(store.dataset()::add));
        store.closeAndRelease();
        return new LoadedContent(tree, quads, folder, null);
    }

    /** Every quad of the loaded content, including the load's digest in the meta graph. */
    List<Quad> quads() {
        if (failure != null)
            throw new IllegalStateException("the content of " + tree + " does not load: " + failure.getMessage(), failure);
        return quads;
    }

    /** A fresh private TDB2 store holding the loaded content: the loader sees it as up to date. */
    StoreCopy copy() {
        ScratchFolder folder = ScratchFolder.create("alukg-test-store-");
        copyStoreTo(folder.path());
        return StoreCopy.open(folder);
    }

    /**
     * Writes the loaded content as a TDB2 store into the folder {@code db}, that no process holds: the store as
     * {@code alukg serve} leaves it after its first start.
     */
    void writeTo(Path db) { copyStoreTo(db); }

    /**
     * Copies the files of the loaded store into {@code to}, keeping their holes ({@code cp --sparse=always}: TDB2's
     * files are mostly unwritten space). The lock file names this JVM, so it is not copied.
     */
    private void copyStoreTo(Path to) {
        quads();
        try {
            Files.createDirectories(to);
            Process cp = new ProcessBuilder("cp", "-R", "--sparse=always", store.path() + "/.", to.toString())
                .redirectErrorStream(true).start();
            String output = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (cp.waitFor() != 0)
                throw new IllegalStateException("cannot copy the store of " + tree + ": " + output.strip());
            Files.deleteIfExists(to.resolve("tdb.lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while copying the store of " + tree, e);
        }
    }
}
