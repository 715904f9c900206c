package org.alukg.ingest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.alukg.ingest.format.RejectedRow;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;

/**
 * What an import did, for people (the CLI summary) and programs (the JSON of {@code POST /api/imports}).
 *
 * @param id       the import's id; for {@code unchanged}, the id of the import that holds this content
 * @param status   {@code imported}, {@code replaced}, {@code unchanged} (the same content is already in the
 *                 store) or {@code refused} (nothing written)
 * @param rows     rows read (CSV/JSON); triples read for RDF
 * @param rejected the rows left out (with {@code --skip-bad-rows}), each with its errors
 * @param problems why it was refused, one line each
 * @param kind     why it was refused, as a kind of problem (its HTTP status); null unless refused
 */
public record ImportReport(String id, String graph, String file, String format, String sha256, String status,
                           long rows, long triples, long created, long linked, List<RejectedRow> rejected,
                           List<String> problems, String message, String importedAt, String who, long millis,
                           @JsonIgnore Kind kind) {
    public static final String IMPORTED = "imported", REPLACED = "replaced", UNCHANGED = "unchanged", REFUSED = "refused";

    /** Refused for {@code problem}: its detail is the message, its {@code problems} (or the detail) the problems. */
    static ImportReport refused(String file, String format, Problem problem, List<RejectedRow> rejected) {
        List<?> listed = problem.list("problems");
        List<String> problems = listed.isEmpty() ? List.of(problem.detail()) : listed.stream().map(String::valueOf).toList();
        return new ImportReport(null, null, file, format, null, REFUSED, 0, 0, 0, 0, List.copyOf(rejected), problems,
                                problem.detail(), null, null, 0, problem.kind());
    }

    static ImportReport refused(String file, String format, Problem problem) { return refused(file, format, problem, List.of()); }

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
