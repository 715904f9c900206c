package org.alukg.ingest;

import java.util.List;

/** The gate refused a write; nothing of it was committed. Each problem is one line a person can act on. */
public class ValidationException extends RuntimeException {
    private final List<String> problems;

    public ValidationException(String summary, List<String> problems) {
        super(problems.isEmpty() ? summary : summary + ": " + problems.get(0)
              + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
