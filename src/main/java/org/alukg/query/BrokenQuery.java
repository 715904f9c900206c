package org.alukg.query;

import java.nio.file.Path;

import org.alukg.problem.Problem;

/**
 * A file of queries/ that is not a valid named query: invalid data of the maintainer's, named with its path and the
 * line (and column, when known) where it goes wrong. The whole catalog is refused with it, so a server does not start
 * and {@code alukg queries} fails with one line.
 */
final class BrokenQuery {
    private BrokenQuery() {}

    /** {@code broken named query <file>:<line>: <problem>}; a line of 0 or less is not given. */
    static Problem at(Path file, int line, String problem) { return at(file, line, 0, problem); }

    /** {@code broken named query <file>:<line>:<column>: <problem>}; a column of 0 or less is not given. */
    static Problem at(Path file, int line, int column, String problem) {
        return Problem.invalidData("broken named query " + file + (line > 0 ? ":" + line : "")
                                   + (line > 0 && column > 0 ? ":" + column : "") + ": " + problem);
    }
}
