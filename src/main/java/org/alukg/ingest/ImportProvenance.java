package org.alukg.ingest;

/**
 * One import as the meta graph records it, as {@code GET /api/imports} and {@code alukg imports list} show it: its
 * id and graph, the file, format and SHA-256 of its bytes, when and by whom, and its counts (null when not recorded).
 */
public record ImportProvenance(String id, String graph, String file, String format, String sha256, String importedAt,
                               String who, Long rowCount, Long tripleCount, Long entitiesCreated, Long entitiesLinked,
                               Long rowsRejected) {}
