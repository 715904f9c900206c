package org.alukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.alukg.store.Locations;
import org.apache.jena.sparql.core.Quad;

/**
 * A folder of curated content the tests run on: its ontology/, data/ and (for the project) queries/, as the
 * {@link org.alukg.ingest.CuratedLoader} reads them. Paths are relative to the working directory, the project root
 * under Maven.
 */
public enum ContentTree {
    /** The project itself: ontology/, data/ and queries/ as committed. */
    PROJECT(Path.of(""), List.of("ontology", "data", "queries")),
    /** {@code src/test/resources/fixture}: a tiny ontology, its shapes and one smelter. */
    FIXTURE(Path.of("src/test/resources/fixture"), List.of("ontology", "data")),
    /**
     * {@code src/test/resources/linkeddata}: Alouette with its five owners, Bécancour with two capacity figures that
     * disagree, a supplier, memberships, sources and an organisation with a hostile label; its
     * {@code ontology/context.jsonld} is a link to the project's.
     */
    LINKED_DATA(Path.of("src/test/resources/linkeddata"), List.of("ontology", "data"));

    private final Path home;
    private final List<String> folders;

    ContentTree(Path home, List<String> folders) {
        this.home = home.toAbsolutePath();
        this.folders = folders;
    }

    /** The folder itself, read in place with an in-memory store: for tests that change no file. */
    public Locations locations() { return new Locations(null, true, home); }

    /** The quads of this content as loaded, and SHACL-validated, once per JVM. */
    public List<Quad> loadedQuads() { return LoadedContent.of(this).quads(); }

    /** Copies the content folders into {@code target}, for a test that changes files; the copy's locations (in memory). */
    public Locations copyTo(Path target) {
        for (String folder : folders)
            copyFolder(home.resolve(folder), target.resolve(folder));
        return new Locations(null, true, target);
    }

    /** Copies the folder {@code from} and all below it into {@code to}, replacing files that are there. */
    public static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
