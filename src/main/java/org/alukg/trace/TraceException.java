package org.alukg.trace;

/** A trace the caller asked for cannot be given: an unknown node (404) or a request over a cap or malformed (400). */
public final class TraceException extends RuntimeException {
    private final int status;

    TraceException(int status, String message) {
        super(message);
        this.status = status;
    }

    static TraceException unknown(String what, String value) { return new TraceException(404, what + ": " + value); }

    static TraceException bad(String message) { return new TraceException(400, message); }

    /** The HTTP status that fits: 400 or 404. */
    public int status() { return status; }
}
