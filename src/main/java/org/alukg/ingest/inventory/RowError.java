package org.alukg.ingest.inventory;

/**
 * One thing wrong with a row: the template field it is about (null when it is about the whole row) and what failed,
 * with the offending value.
 */
record RowError(String field, String message) {}
