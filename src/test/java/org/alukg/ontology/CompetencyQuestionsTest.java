package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The competency questions of ontology/competency/README.md: each table row names a query and
 * its expected answer ("rows=N" and/or "?var=value; ..." that one result row must match).
 */
class CompetencyQuestionsTest {

    private static final Path DIR = CuratedGraph.ROOT.resolve("ontology/competency");

    static Stream<Arguments> questions() {
        return Answers.table(CuratedGraph.read(DIR.resolve("README.md")), null, 3).stream()
                .map(r -> Arguments.of(r.get(0), r.get(1), r.get(2)));
    }

    @Test
    void everyQueryFileIsInTheTable() {
        List<String> named = questions().map(a -> (String) a.get()[1]).toList();
        for (Path q : CuratedGraph.files(DIR, ".rq")) {
            assertTrue(named.contains(q.getFileName().toString()),
                    q.getFileName() + " has no row in ontology/competency/README.md");
        }
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("questions")
    void answersAsExpected(String question, String queryFile, String expected) {
        Path query = DIR.resolve(queryFile);
        assertTrue(Files.exists(query), "query file not found: " + query);
        List<QuerySolution> rows = CuratedGraph.select(CuratedGraph.union(), CuratedGraph.read(query));
        String shown = rows.stream().map(QuerySolution::toString).collect(Collectors.joining("\n"));
        Integer count = Answers.rowCount(expected);
        if (count != null) {
            assertEquals(count.intValue(), rows.size(), question + " — row count; rows were:\n" + shown);
        }
        Map<String, String> bindings = Answers.bindings(expected);
        assertFalse(count == null && bindings.isEmpty(), "no expectation given for " + queryFile);
        if (!bindings.isEmpty()) {
            assertTrue(rows.stream().anyMatch(r -> Answers.rowMatches(r, bindings)),
                    question + " — no row matches " + bindings + "; rows were:\n" + shown);
        }
    }
}
