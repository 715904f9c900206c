package org.alukg.ingest;

import java.util.List;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;

/** A refusal with many reasons, as one problem: the first reason in the detail, every reason in {@code problems}. */
final class Refusals {
    private Refusals() {}

    /** "{@code what}: <first line> (and N more)" (no prefix when {@code what} is empty), with {@code problems} = the lines. */
    static Problem of(Kind kind, String what, List<String> lines) {
        String first = lines.isEmpty() ? "" : lines.get(0) + (lines.size() > 1 ? " (and " + (lines.size() - 1) + " more)" : "");
        String detail = what.isEmpty() ? first : first.isEmpty() ? what : what + ": " + first;
        return new Problem(kind, detail).with("problems", List.copyOf(lines));
    }
}
