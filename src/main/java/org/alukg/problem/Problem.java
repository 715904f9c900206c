package org.alukg.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way alukg fails a request or a command: a {@link Kind} and a one-line detail {@code <what failed>:
 * <offending value>}, with, where it helps, the offending field and value and further members (the problems of a
 * SHACL report, near names of an unknown IRI). The server turns it into a problem document, an error page or
 * Fuseki's usual answer; the CLI into one line and an exit code. A status is chosen by the kind, never by reading the
 * message.
 */
public final class Problem extends RuntimeException {
    private final Kind kind;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private int retryAfterSeconds;

    public Problem(Kind kind, String detail) { this(kind, detail, null); }

    public Problem(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.retryAfterSeconds = kind == Kind.UNAVAILABLE || kind == Kind.TOO_MANY_REQUESTS ? 1 : 0;
    }

    public static Problem badRequest(String detail) { return new Problem(Kind.BAD_REQUEST, detail); }

    public static Problem notFound(String detail) { return new Problem(Kind.NOT_FOUND, detail); }

    public static Problem conflict(String detail) { return new Problem(Kind.CONFLICT, detail); }

    public static Problem invalidData(String detail) { return new Problem(Kind.INVALID_DATA, detail); }

    public static Problem notAcceptable(String detail) { return new Problem(Kind.NOT_ACCEPTABLE, detail); }

    public static Problem methodNotAllowed(String detail) { return new Problem(Kind.METHOD_NOT_ALLOWED, detail); }

    public static Problem unsupportedMediaType(String detail) { return new Problem(Kind.UNSUPPORTED_MEDIA_TYPE, detail); }

    public static Problem tooLarge(String detail) { return new Problem(Kind.TOO_LARGE, detail); }

    public static Problem unavailable(String detail, int retryAfterSeconds) {
        return new Problem(Kind.UNAVAILABLE, detail).retryAfter(retryAfterSeconds);
    }

    /** Our own fault: the detail is logged, never shown to the caller. */
    public static Problem internal(String detail, Throwable cause) { return new Problem(Kind.INTERNAL, detail, cause); }

    /** A bad value of a named parameter or field: {@code <field> <what is wrong>: <value>}. */
    public static Problem badValue(String field, String whatIsWrong, String value) {
        return badRequest(field + " " + whatIsWrong + ": " + value).field(field, value);
    }

    public Kind kind() { return kind; }

    public int status() { return kind.status(); }

    /** The one-line detail, {@code <what failed>: <offending value>}. */
    public String detail() { return getMessage(); }

    /** Names the offending field (parameter, column, option) and its value. */
    public Problem field(String name, String value) {
        members.put("field", name);
        if (value != null)
            members.put("value", value);
        return this;
    }

    /** Adds a member to the problem document (a list of problems, suggestions …). */
    public Problem with(String name, Object value) {
        members.put(name, value);
        return this;
    }

    /** For 503 and 429: the seconds a client should wait (the {@code Retry-After} header); at least 1. */
    public Problem retryAfter(int seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
        return this;
    }

    public int retryAfterSeconds() { return retryAfterSeconds; }

    /** The extra members, in the order they were added. */
    public Map<String, Object> members() { return Collections.unmodifiableMap(members); }

    /** The lines a listing member holds ({@code problems}), or none. */
    public List<?> list(String name) { return members.get(name) instanceof List<?> l ? l : List.of(); }
}
