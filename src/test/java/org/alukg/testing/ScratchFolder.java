package org.alukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh folder of the test JVM's own, on the memory file system ({@code /dev/shm}; in the temporary folder where
 * there is none), deleted with everything below it when closed.
 */
record ScratchFolder(Path path) implements AutoCloseable {
    private static final Path MEMORY = Path.of("/dev/shm");

    static ScratchFolder create(String prefix) {
        try {
            return new ScratchFolder(Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)
                ? Files.createTempDirectory(MEMORY, prefix) : Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
