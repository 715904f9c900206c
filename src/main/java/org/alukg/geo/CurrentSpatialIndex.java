package org.alukg.geo;

import java.util.concurrent.CompletableFuture;

import org.alukg.store.DataVersion;
import org.alukg.store.Store;
import org.apache.jena.geosparql.implementation.vocabulary.SRS_URI;
import org.apache.jena.geosparql.spatial.SpatialIndex;
import org.apache.jena.geosparql.spatial.SpatialIndexException;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.sparql.util.Symbol;

/**
 * The spatial index of a store's points (jena-geosparql's, in memory, CRS84), made again for every data version
 * ({@link Store#version()}), so that it follows every write, whichever way it came. Kept in the store's dataset
 * context under {@link #KEY}, where {@link NearbyOnCurrentIndex} finds it.
 */
final class CurrentSpatialIndex {
    static final Symbol KEY = Symbol.create("https://w3id.org/alukg/ontology#currentSpatialIndex");

    private record Built(DataVersion version, SpatialIndex index) {}

    private final Store store;
    private volatile Built latest;

    CurrentSpatialIndex(Store store) { this.store = store; }

    /**
     * The index of the data the calling transaction reads, made now if that version has none yet. It is made on
     * another thread in a read transaction of its own (Jena's index builder begins and ends a transaction on the
     * dataset, which would end the caller's); should a write have committed in between, that is the newer data's.
     */
    SpatialIndex current() {
        DataVersion version = store.version();
        Built b = latest;
        if (b != null && b.version().equals(version))
            return b.index();
        synchronized (this) {
            b = latest;
            if (b != null && b.version().equals(version))
                return b.index();
            b = CompletableFuture.supplyAsync(() -> store.read(() -> new Built(store.version(), build()))).join();
            latest = b;
            return b.index();
        }
    }

    private SpatialIndex build() {
        try {
            return SpatialIndexLib.buildSpatialIndex(store.dataset(), SRS_URI.DEFAULT_WKT_CRS84);
        } catch (SpatialIndexException e) {
            throw new IllegalStateException("the spatial index could not be made: " + e.getMessage(), e);
        }
    }
}
