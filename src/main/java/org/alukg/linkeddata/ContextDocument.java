package org.alukg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Our JSON-LD {@code @context}, the file {@code ontology/context.jsonld}, read on first use. */
final class ContextDocument {
    static final String FILE = "context.jsonld";
    private final Path file;
    private volatile byte[] bytes;

    ContextDocument(Path ontologyDir) { this.file = ontologyDir.resolve(FILE); }

    byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try {
                b = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the JSON-LD context: " + file.toAbsolutePath(), e);
            }
            bytes = b;
        }
        return b;
    }
}
