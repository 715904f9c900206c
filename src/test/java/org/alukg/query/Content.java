package org.alukg.query;

import java.nio.file.Path;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.alukg.store.Locations;

/**
 * The content the tests of the named queries run on: a private copy of the project's ontology/, data/ and queries/,
 * so that a test may add a broken file without touching the project.
 */
public final class Content {
    private Content() {}

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** Copies the project's content into {@code temp} and returns the options of that copy (in-memory store). */
    public static Locations home(Path temp) {
        for (String dir : new String[] {"ontology", "data", "queries"})
            org.alukg.Fixtures.copy(PROJECT.resolve(dir), temp.resolve(dir));
        return new Locations(null, true, temp);
    }

    /** An in-memory TDB2 store loaded with the content of {@code options}. */
    static Store loaded(Locations options) {
        Store store = Store.inMemory();
        new CuratedLoader(options).loadIfStale(store, false);
        return store;
    }
}
