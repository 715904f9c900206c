package org.alukg.ingest;

/** Hears how far an import has read, to show progress. Called on the importing thread. */
public interface ImportProgress {
    /** An input starts; {@code totalBytes} is -1 when the size is not known (standard input, a zip entry). */
    default void started(String name, long totalBytes) {}

    /** So many bytes of the input read so far, and so many rows or triples written. */
    default void advanced(long bytesRead, long items) {}

    /** The input is read; validation and commit follow. */
    default void finished(long items) {}

    ImportProgress NONE = new ImportProgress() {};
}
