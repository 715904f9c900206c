package org.alukg.problem;

/**
 * What kind of failure a {@link Problem} is. Each kind has one HTTP status, one title, one problem type IRI and one
 * CLI exit code, so the server and the command line answer the same mistake the same way. Kinds below 500 are the
 * caller's mistakes; the others are ours or the machine's.
 */
public enum Kind {
    BAD_REQUEST(400, "Bad request", "bad-request"),
    UNAUTHORIZED(401, "Credentials required", "unauthorized"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Not found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable", "not-acceptable"),
    CONFLICT(409, "Conflict", "conflict"),
    TOO_LARGE(413, "Content too large", "too-large"),
    URI_TOO_LONG(414, "URI too long", "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    INVALID_DATA(422, "Invalid data", "invalid-data"),
    TOO_MANY_REQUESTS(429, "Too many requests", "too-many-requests"),
    HEADERS_TOO_LARGE(431, "Request header fields too large", "headers-too-large"),
    INTERNAL(500, "Internal error", "internal"),
    UNAVAILABLE(503, "Unavailable", "unavailable"),
    INSUFFICIENT_STORAGE(507, "Insufficient storage", "insufficient-storage");

    /** Where the problem types live: {@code type} of a problem document is this plus the kind's slug. */
    public static final String TYPE_BASE = "https://w3id.org/alukg/problem/";
    /** CLI exit codes shared by every command: done, input refused, usage, failed on our side. */
    public static final int EXIT_OK = 0, EXIT_REFUSED = 1, EXIT_USAGE = 2, EXIT_FAILED = 3;

    private final int status;
    private final String title;
    private final String slug;

    Kind(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.slug = slug;
    }

    public int status() { return status; }

    public String title() { return title; }

    /** The problem type IRI (RFC 9457 {@code type}). */
    public String type() { return TYPE_BASE + slug; }

    /** True for the caller's mistakes (4xx). */
    public boolean callersMistake() { return status < 500; }

    /** The exit code of the command line: 1 when the input or request was refused, 3 when we failed. */
    public int exitCode() { return callersMistake() ? EXIT_REFUSED : EXIT_FAILED; }

    /** The kind of an HTTP status; an unknown 4xx is a bad request, an unknown 5xx internal. */
    public static Kind ofStatus(int status) {
        for (Kind k : values())
            if (k.status == status)
                return k;
        return status < 500 ? BAD_REQUEST : INTERNAL;
    }
}
