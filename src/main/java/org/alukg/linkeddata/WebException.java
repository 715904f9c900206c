package org.alukg.linkeddata;

import java.util.List;

/**
 * A request that cannot be answered as asked: the status (4xx, the caller's mistake) and a one-line message
 * {@code <what failed>: <offending value>}; a 404 may carry near names to suggest.
 */
final class WebException extends RuntimeException {
    private final int status;
    private final List<Suggestions.Suggestion> suggestions;

    WebException(int status, String message) { this(status, message, List.of()); }

    WebException(int status, String message, List<Suggestions.Suggestion> suggestions) {
        super(message);
        this.status = status;
        this.suggestions = suggestions;
    }

    int status() { return status; }

    List<Suggestions.Suggestion> suggestions() { return suggestions; }
}
