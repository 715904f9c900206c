package org.alukg.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where {@code @TempDir} folders are made (junit-platform.properties names this factory): on the memory file system,
 * like the harness's stores, so the TDB2 stores that tests create there commit without waiting for a disk. JUnit
 * deletes them as usual.
 */
public final class MemoryTempDirs implements TempDirFactory {
    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) {
        return ScratchFolder.create("junit-").path();
    }
}
