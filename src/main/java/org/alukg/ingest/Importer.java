package org.alukg.ingest;

/**
 * Reads one input of one format and writes what it says, as RDF, into the graph of an import. Problems with
 * the input go to {@link ImportContext#problem}: the context decides whether they refuse the import (the
 * default) or only reject a row.
 */
public interface Importer {
    /** Reads {@code input} to its end, writing into {@code context.target()}. */
    void read(ImportInput input, ImportContext context);
}
