package org.alukg.query;

/**
 * A request for a named query that cannot be answered as asked: an unknown query, a bad, missing or unknown
 * parameter, a format the query cannot give. Carries the HTTP status; the message reads
 * {@code <what failed>: <offending value>}.
 */
public final class QueryException extends RuntimeException {
    private final int status;

    public QueryException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static QueryException badRequest(String message) { return new QueryException(400, message); }

    public int status() { return status; }
}
