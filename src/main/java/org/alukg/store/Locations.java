package org.alukg.store;

import java.nio.file.Path;

/** Where the store is and where the curated content (ontology/, data/, queries/) is read from. */
public record Locations(Path db, boolean inMemory, Path home) {
    public static final Path DEFAULT_DB = Path.of("var", "tdb2");

    public Store open() {
        return inMemory ? Store.inMemory() : Store.tdb2(storeDir());
    }

    /** The folder of the TDB2 store: {@code db}, or var/tdb2 under the home (what it would be even with --mem). */
    public Path storeDir() { return db == null ? home.resolve(DEFAULT_DB) : db; }

    public Path ontologyDir() { return home.resolve("ontology"); }
    public Path dataDir() { return home.resolve("data"); }
    public Path queriesDir() { return home.resolve("queries"); }
}
