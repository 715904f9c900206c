package org.alukg.ingest;

import java.util.List;

/**
 * An import was refused because of its input: a file that does not parse, a row with a wrong value, a name
 * that matches several things. Nothing of the import was committed. Each problem names where it is.
 */
public class ImportException extends ValidationException {
    public ImportException(String summary, List<String> problems) { super(summary, problems); }

    /** One problem, given as {@code <where>: <what failed>: <offending value>}. */
    public ImportException(String problem) { super(problem, List.of()); }
}
