package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ontology/checks/*-violation.rq returns no row over the ontology and the data. */
class HygieneChecksTest {

    static Stream<Path> checks() {
        return CuratedGraph.files(CuratedGraph.ROOT.resolve("ontology/checks"), "-violation.rq").stream();
    }

    @Test
    void thereAreChecks() {
        assertFalse(checks().toList().isEmpty(), "no ontology/checks/*-violation.rq found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void hasNoViolations(Path check) {
        List<QuerySolution> rows = CuratedGraph.select(CuratedGraph.union(), CuratedGraph.read(check));
        assertTrue(rows.isEmpty(), check.getFileName() + " found " + rows.size() + " violation(s):\n"
                + rows.stream().map(QuerySolution::toString).collect(Collectors.joining("\n")));
    }
}
