package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ontology/checks/*-violation.rq returns no row over the ontology and the data, and at least one row over its
 * fixture: src/test/resources/checks/ holds, for each check, a small Turtle file of the same name that it must catch,
 * so that a check that can no longer fail is noticed, and a new check without a fixture fails here.
 */
class HygieneChecksTest {

    private static final Path FIXTURES = CuratedGraph.ROOT.resolve("src/test/resources/checks");

    static Stream<Path> checks() {
        return CuratedGraph.files(CuratedGraph.ROOT.resolve("ontology/checks"), "-violation.rq").stream();
    }

    private static Path fixtureOf(Path check) {
        return FIXTURES.resolve(check.getFileName().toString().replaceFirst("\\.rq$", ".ttl"));
    }

    private static String shown(List<QuerySolution> rows) {
        return rows.stream().map(QuerySolution::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void thereAreChecks() {
        assertFalse(checks().toList().isEmpty(), "no ontology/checks/*-violation.rq found");
    }

    @Test
    void everyFixtureBelongsToACheck() {
        List<String> fixtures = CuratedGraph.files(FIXTURES, ".ttl").stream().map(p -> p.getFileName().toString()).toList();
        List<String> expected = checks().map(c -> fixtureOf(c).getFileName().toString()).toList();
        assertEquals(expected, fixtures, "src/test/resources/checks/ should hold one fixture per check, named after it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void hasNoViolations(Path check) {
        List<QuerySolution> rows = CuratedGraph.select(CuratedGraph.union(), CuratedGraph.read(check));
        assertTrue(rows.isEmpty(), check.getFileName() + " found " + rows.size() + " violation(s):\n" + shown(rows));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void catchesItsFixture(Path check) {
        Path fixture = fixtureOf(check);
        assertTrue(Files.exists(fixture), check.getFileName() + " has no fixture it must fail on: " + CuratedGraph.ROOT.relativize(fixture));
        List<QuerySolution> rows = CuratedGraph.select(RDFDataMgr.loadModel(fixture.toString()), CuratedGraph.read(check));
        assertFalse(rows.isEmpty(), check.getFileName() + " finds no violation in " + fixture.getFileName());
    }
}
