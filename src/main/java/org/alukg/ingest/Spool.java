package org.alukg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

import org.alukg.store.Sha256;

/**
 * One file of an import, read once into a temporary file while its SHA-256 is taken: so the ledger can tell that the
 * content is already imported before any write transaction begins (an import that changes nothing writes nothing,
 * and TDB2 keeps growing with every write transaction, even an aborted one). Closing deletes the temporary file.
 */
final class Spool implements AutoCloseable {
    private final Path file;
    private final String digest;
    private final long size;

    private Spool(Path file, String digest, long size) {
        this.file = file;
        this.digest = digest;
        this.size = size;
    }

    /** Reads {@code in} to its end into a new temporary file. */
    static Spool of(InputStream in, String name) {
        Path tmp;
        try {
            tmp = Files.createTempFile("alukg-import-", ".spool");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the import of " + name, e);
        }
        MessageDigest sha = Sha256.digest();
        try (OutputStream out = Files.newOutputStream(tmp)) {
            long size = new DigestInputStream(in, sha).transferTo(out);
            return new Spool(tmp, Sha256.hexOf(sha), size);
        } catch (IOException | RuntimeException e) {
            delete(tmp);
            if (e instanceof IOException io)
                throw org.alukg.ingest.format.InputProblems.unreadable(name, io);
            throw (RuntimeException) e;
        }
    }

    /** The SHA-256 of the content, lowercase hex. */
    String digest() { return digest; }

    /** Bytes of content. */
    long size() { return size; }

    /** The content, from its start. */
    InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the spooled import: " + file, e);
        }
    }

    @Override
    public void close() { delete(file); }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left behind is only wasted space in the temporary folder
        }
    }
}
