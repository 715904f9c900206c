package org.alukg.cli;

import java.nio.file.Path;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.alukg.store.Locations;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares: where the store is and where the content is. */
public final class StoreMixin {
    @Option(names = "--db", paramLabel = "DIR",
            description = "The TDB2 store folder (default: var/tdb2 under --home).")
    Path db;

    @Option(names = "--mem", description = "Use an in-memory store, gone when the command ends.")
    boolean mem;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
            description = "The alukg folder holding ontology/, data/ and queries/ (default: ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors.")
    boolean verbose;

    public Locations options() { return new Locations(db, mem, home.toAbsolutePath().normalize()); }

    /** Opens the store and brings the curated content up to date (loaded only when missing or changed). */
    public Store openLoaded() {
        Store store = options().open();
        try {
            new CuratedLoader(options()).loadIfStale(store, false);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
