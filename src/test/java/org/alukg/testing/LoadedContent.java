package org.alukg.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * One tree of content, loaded through the curated loader (parsed, SHACL-validated) once per JVM and kept as its
 * quads, so that each test can have a private store with the same content for the price of a copy. A tree that does
 * not load is remembered too: every test that asks for it fails with the loader's message, without loading again.
 */
final class LoadedContent {
    private static final Map<ContentTree, LoadedContent> LOADED = new ConcurrentHashMap<>();

    private final ContentTree tree;
    private final List<Quad> quads;
    private final RuntimeException failure;

    private LoadedContent(ContentTree tree, List<Quad> quads, RuntimeException failure) {
        this.tree = tree;
        this.quads = quads;
        this.failure = failure;
    }

    static LoadedContent of(ContentTree tree) { return LOADED.computeIfAbsent(tree, LoadedContent::load); }

    private static LoadedContent load(ContentTree tree) {
        try (Store store = Store.inMemory()) {
            new CuratedLoader(tree.locations()).loadIfStale(store, false);
            return new LoadedContent(tree, store.read(() -> {
                List<Quad> all = new ArrayList<>();
                store.dataset().find().forEachRemaining(all::add);
                return List.copyOf(all);
            }), null);
        } catch (RuntimeException e) {
            return new LoadedContent(tree, List.of(), e);
        }
    }

    /** Every quad of the loaded content, including the load's digest in the meta graph. */
    List<Quad> quads() {
        if (failure != null)
            throw new IllegalStateException("the content of " + tree + " does not load: " + failure.getMessage(), failure);
        return quads;
    }

    /** A fresh private TDB2 store holding the loaded content: the loader sees it as up to date. */
    StoreCopy copy() { return StoreCopy.of(quads()); }

    /**
     * Writes the loaded content into a new TDB2 store in the folder {@code db} and lets go of it, so that another
     * process can open it: the store as {@code alukg serve} leaves it after its first start.
     */
    void writeTo(Path db) {
        List<Quad> content = quads();
        Store store = Store.tdb2(db);
        store.write(() -> content.forEach(store.dataset()::add));
        store.close();
        TDBInternal.expel(store.dataset());
    }
}
