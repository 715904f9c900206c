package org.alukg.ingest;

import java.util.List;

/**
 * What an import did, for people (the CLI summary) and programs (the JSON of {@code POST /api/imports}).
 *
 * @param status   {@code imported}, {@code replaced}, {@code unchanged} (the same content is already in the
 *                 store) or {@code refused} (nothing written)
 * @param rows     rows read (CSV/JSON); triples read for RDF
 * @param rejected the rows left out with {@code --skip-bad-rows}, each with its errors
 * @param problems why it was refused, one line each
 */
public record ImportReport(String id, String graph, String file, String format, String sha256, String status,
                          long rows, long triples, long created, long linked, List<Rejected> rejected,
                          List<String> problems, String message, String importedAt, String who, long millis) {
    public static final String IMPORTED = "imported", REPLACED = "replaced", UNCHANGED = "unchanged", REFUSED = "refused";

    /** A row left out, and why. */
    public record Rejected(long row, String where, String error, java.util.Map<String, Object> values) {}

    public boolean written() { return status.equals(IMPORTED) || status.equals(REPLACED); }

    /** The summary line the CLI prints. */
    public String summary() {
        return switch (status) {
            case REFUSED -> file + ": refused, nothing imported: " + message;
            case UNCHANGED -> file + ": unchanged: " + message;
            default -> String.format("%s: %s as %s (%s): %,d %s read, %,d triples, %,d entities created, %,d linked, %,d rows rejected, %.1f s",
                                     file, status, id, format, rows, format.equals("csv") || format.equals("json") ? "rows" : "triples",
                                     triples, created, linked, rejected.size(), millis / 1000.0);
        };
    }
}
