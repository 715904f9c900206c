package org.alukg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.alukg.store.StoreOptions;

/**
 * The content the tests of the named queries run on: the project's queries/ with the curated ontology/ and
 * data/ of the project when they are there, else the stand-in under src/test/resources/query-fixture.
 */
final class Content {
    private Content() {}

    static final Path PROJECT = Path.of("").toAbsolutePath();

    /** True when the project has its curated data (the data branch is merged). */
    static boolean curated() {
        return Files.isRegularFile(PROJECT.resolve("ontology/alukg.ttl")) && Files.isDirectory(PROJECT.resolve("data"));
    }

    /** A home folder to run on: the project itself, or a copy of the stand-in with the project's queries/. */
    static StoreOptions home(Path temp) {
        if (curated())
            return new StoreOptions(null, true, PROJECT);
        copy(PROJECT.resolve("src/test/resources/query-fixture"), temp);
        copy(PROJECT.resolve("queries"), temp.resolve("queries"));
        return new StoreOptions(null, true, temp);
    }

    /** An in-memory TDB2 store loaded with the content of {@code options}. */
    static Store loaded(StoreOptions options) {
        Store store = Store.inMemory();
        new CuratedLoader(options).loadIfStale(store, false);
        return store;
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f))
                    Files.createDirectories(target);
                else
                    Files.copy(f, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
