package org.alukg.ingest.format;

/**
 * Reads one input of one format and writes what it says, as RDF, into the graph of an import. Input it cannot read
 * (a syntax error, a wrong encoding) is refused with a {@link org.alukg.problem.Problem} naming file, line and
 * column ({@link InputProblems}); rows with wrong values are not refused here but returned in the tally, and the
 * caller decides whether they refuse the import or are only left out.
 */
public interface Importer {
    /** Reads {@code input} to its end, writing into {@code context.target()}; returns what it read. */
    ImportTally read(ImportInput input, ImportContext context);
}
