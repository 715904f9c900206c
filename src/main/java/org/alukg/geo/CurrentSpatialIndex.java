package org.alukg.geo;

import java.util.concurrent.CompletableFuture;

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

    private final Store store;
    private final org.alukg.store.PerVersion<SpatialIndex> latest = new org.alukg.store.PerVersion<>();

    CurrentSpatialIndex(Store store) { this.store = store; }

    /**
     * The index of the data the calling transaction reads, made now if that version has none yet. It is made on
     * another thread in a read transaction of its own (Jena's index builder begins and ends a transaction on the
     * dataset, which would end the caller's); should a write have committed in between, the index is the newer
     * data's, kept for the caller's version until a caller asks for the newer one.
     */
    SpatialIndex current() {
        return latest.get(store.version(), () -> CompletableFuture.supplyAsync(() -> store.read(this::build)).join());
    }

    private SpatialIndex build() {
        try {
            return SpatialIndexLib.buildSpatialIndex(store.dataset(), SRS_URI.DEFAULT_WKT_CRS84);
        } catch (SpatialIndexException e) {
            throw new IllegalStateException("the spatial index could not be made: " + e.getMessage(), e);
        }
    }
}
