package org.alukg.ops;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a backup holds, written as its last line: when it was taken, of which state of the data, how many quads in
 * all and in each named graph, and the SHA-256 of the N-Quads before that line. Restore checks all of it.
 *
 * @param format     {@link #FORMAT}, so a later alukg can tell which layout it reads
 * @param createdAt  when the snapshot was taken (UTC, ISO 8601)
 * @param dataVersion the data version the snapshot is of ({@link org.alukg.store.DataVersion})
 * @param quads      quads in the backup
 * @param graphs     quads per named graph, by graph IRI ({@link #DEFAULT_GRAPH} for the default graph)
 * @param sha256     SHA-256 of the N-Quads lines (every byte before the manifest line), lowercase hex
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BackupManifest(String format, String createdAt, String dataVersion, long quads, Map<String, Long> graphs,
                             String sha256) {
    public static final String FORMAT = "alukg-backup/1";
    /** The key of the default graph in {@link #graphs}. */
    public static final String DEFAULT_GRAPH = "default";

    public BackupManifest {
        graphs = Map.copyOf(graphs);
    }
}
