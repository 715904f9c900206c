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
public final class Content {
    private Content() {}

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** True when the project's data/ describes the smelters (the curated data has landed), not only the schemes. */
    static boolean curated() {
        Path data = PROJECT.resolve("data");
        if (!Files.isRegularFile(PROJECT.resolve("ontology/alukg.ttl")) || !Files.isDirectory(data))
            return false;
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttl")).toList())
                if (Files.readString(f).contains("site/alma"))
                    return true;
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A home folder to run on: the project itself, or a copy of the stand-in with the project's queries/. */
    public static StoreOptions home(Path temp) {
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
