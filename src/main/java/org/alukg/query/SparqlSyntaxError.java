package org.alukg.query;

import java.util.regex.Pattern;

import org.apache.jena.query.QueryParseException;

/**
 * Where SPARQL text does not parse, and why, in one line: the parser's first line without its "at line L, column C"
 * (the place is given as {@code line:column}), and without the list of tokens it was expecting.
 */
public record SparqlSyntaxError(int line, int column, String message) {
    private static final Pattern PLACE = Pattern.compile("\\s*at line -?\\d+, column -?\\d+\\.?");

    public static SparqlSyntaxError of(QueryParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int nl = m.indexOf('\n');
        String first = (nl < 0 ? m : m.substring(0, nl)).strip();
        String without = PLACE.matcher(first).replaceFirst("").strip();
        return new SparqlSyntaxError(e.getLine(), e.getColumn(), without.isEmpty() ? first : without);
    }

    /** {@code <file>:<line>:<column>: <message>}, the place left out where the parser gave none. */
    public String in(String file) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
    }

    /** {@code line <line>, column <column>: <message>}, for text that is not in a file. */
    public String atPlace() {
        return (line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "") + message;
    }
}
