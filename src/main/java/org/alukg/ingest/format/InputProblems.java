package org.alukg.ingest.format;

import java.io.IOException;

import org.alukg.problem.Problem;

/** The refusals of input that cannot be read, each naming the file and, where known, the line and column. */
public final class InputProblems {
    private InputProblems() {}

    /** {@code <file> line L column C: <language> does not parse: <message>}; line or column 0 when not known. */
    public static Problem doesNotParse(String file, long line, long column, String language, String message) {
        return Problem.badRequest(at(file, line, column) + ": " + language + " does not parse: " + message);
    }

    /** Bytes that are not UTF-8, by line. */
    public static Problem notUtf8(String file, long line) {
        return Problem.badRequest(file + " line " + line + ": not UTF-8: malformed bytes (save the file as UTF-8)");
    }

    /** The input broke off or failed while read. */
    public static Problem unreadable(String file, IOException e) {
        return Problem.badRequest(file + ": cannot read: " + e.getMessage());
    }

    /** A refusal of the whole file: {@code <file>: <what failed>: <offending value>}. */
    public static Problem refused(String file, String what) { return Problem.badRequest(file + ": " + what); }

    /** "file line L column C", leaving out what is not known. */
    public static String at(String file, long line, long column) {
        return file + (line > 0 ? " line " + line + (column > 0 ? " column " + column : "") : "");
    }
}
