package org.alukg.server;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a running server listens, written as {@value #NAME} inside the folder of the store it holds, so that the
 * command line finds it and works through it instead of opening the store (which TDB2 locks for one process): the
 * server's address, its process id, whether it takes writes and for which user, when it started, and the store.
 * Written when the server has bound its port, removed when it stops; a file left by a process that is gone is
 * stale, ignored by the command line and replaced by the next server.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerFile(String url, long pid, boolean writable, String user, String startedAt, String store) {
    /** The file's name inside the store folder. */
    public static final String NAME = "server.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                                                               .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file of the store in {@code storeDir}. */
    public static Path of(Path storeDir) { return storeDir.resolve(NAME); }

    /** The file in {@code storeDir}, if there is one that reads as a server file. */
    public static Optional<ServerFile> read(Path storeDir) {
        Path file = of(storeDir);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        try {
            ServerFile f = JSON.readValue(file.toFile(), ServerFile.class);
            return f.url() == null || f.pid() <= 0 ? Optional.empty() : Optional.of(f);
        } catch (IOException e) {
            return Optional.empty(); // half written or not ours: as good as none
        }
    }

    /** True while the process that wrote this file runs. */
    public boolean processAlive() { return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); }

    /** Writes this file into {@code storeDir}, replacing one there, so that a reader sees the old or the new one whole. */
    void write(Path storeDir) throws IOException {
        Path tmp = Files.createTempFile(storeDir, NAME, ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), this);
            try {
                Files.move(tmp, of(storeDir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, of(storeDir), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes the file in {@code storeDir} when it is this one (same process and address), not a later server's. */
    void removeFrom(Path storeDir) throws IOException {
        Optional<ServerFile> there = read(storeDir);
        if (there.isPresent() && there.get().pid() == pid && there.get().url().equals(url))
            Files.deleteIfExists(of(storeDir));
    }
}
