package org.alukg.ingest.format;

import java.io.InputStream;

/**
 * One input to import: its name for messages (a file name, a zip entry, "stdin"), its bytes (already
 * decompressed and bounded), and its size in bytes when known (-1 otherwise).
 */
public record ImportInput(String name, InputStream stream, long size) {}
