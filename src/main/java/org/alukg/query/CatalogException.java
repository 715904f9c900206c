package org.alukg.query;

import java.nio.file.Path;

/** A file of queries/ that is not a valid named query; the message starts with its path and line. */
public final class CatalogException extends RuntimeException {
    public CatalogException(Path file, int line, String problem) {
        super("broken named query " + file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
