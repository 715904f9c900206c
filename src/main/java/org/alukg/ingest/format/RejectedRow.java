package org.alukg.ingest.format;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A row of an inventory left out of an import, with every error found in it and its values (by template field).
 * {@code where} and {@code error} are those of its first error, for readers of one line.
 */
public record RejectedRow(long row, List<Error> errors, Map<String, Object> values) {
    public RejectedRow {
        if (errors.isEmpty())
            throw new IllegalArgumentException("a rejected row has at least one error: row " + row);
        errors = List.copyOf(errors);
    }

    /**
     * One error of a row.
     *
     * @param where the file, row and line, and the column when the error is about one: "firms.csv row 3 (line 4), column date"
     * @param error what failed and the offending value: "expected a date YYYY, YYYY-MM or YYYY-MM-DD: found 'soon'"
     */
    public record Error(String where, String error) {
        /** {@code where: error}, as the import's messages print it. */
        public String line() { return where + ": " + error; }
    }

    @JsonProperty
    public String where() { return errors.get(0).where(); }

    @JsonProperty
    public String error() { return errors.get(0).error(); }
}
