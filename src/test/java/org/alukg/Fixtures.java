package org.alukg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small alukg folders (ontology/, data/) for tests that change files: copied into a test's temporary folder. */
public final class Fixtures {
    private Fixtures() {}

    /** Copies {@code src/test/resources/fixture} — a tiny ontology, shapes and one smelter — into {@code home}. */
    public static void copyFixtureTo(Path home) throws IOException {
        copy(Path.of("src/test/resources/fixture"), home);
    }

    /** Copies the tree {@code from} into {@code to}, replacing files that are there. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
