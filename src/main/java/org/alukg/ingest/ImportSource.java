package org.alukg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an import's bytes come from: a name (a file name, "stdin", an upload's file name), the stream, its size
 * when known (-1 otherwise), and a media type when the sender gave one (HTTP), else null.
 */
public record ImportSource(String name, InputStream stream, long size, String mediaType) {
    public static ImportSource file(Path file) throws IOException {
        return new ImportSource(file.getFileName().toString(), Files.newInputStream(file), Files.size(file), null);
    }
}
