package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The "Figures" section of data/README.md states what the competency queries compute:
 * | figure | query | row | column | value |, where row is "-" for a query with one result row
 * or "?var=value" to pick the row. The README and the query results must agree.
 */
class DataReadmeFiguresTest {

    private static final String HEADING = "## Figures";

    static Stream<Arguments> figures() {
        return Answers.table(CuratedGraph.read(CuratedGraph.ROOT.resolve("data/README.md")), HEADING, 5).stream()
                .map(r -> Arguments.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }

    @Test
    void theSectionHasFigures() {
        assertFalse(figures().toList().isEmpty(), "data/README.md has no figures under " + HEADING);
    }

    @ParameterizedTest(name = "{0} = {4}")
    @MethodSource("figures")
    void figureMatchesQuery(String figure, String queryFile, String row, String column, String value) {
        String query = CuratedGraph.read(CuratedGraph.ROOT.resolve(queryFile.replaceFirst("^\\.\\./", "")));
        List<QuerySolution> rows = CuratedGraph.select(CuratedGraph.union(), query);
        String shown = rows.stream().map(QuerySolution::toString).collect(Collectors.joining("\n"));
        QuerySolution picked;
        if (row.equals("-")) {
            assertEquals(1, rows.size(), figure + ": " + queryFile + " should give one row; rows were:\n" + shown);
            picked = rows.get(0);
        } else {
            Map<String, String> key = Answers.bindings(row);
            List<QuerySolution> matching = rows.stream().filter(r -> Answers.rowMatches(r, key)).toList();
            assertEquals(1, matching.size(), figure + ": one row should match " + row + "; rows were:\n" + shown);
            picked = matching.get(0);
        }
        String var = column.replaceFirst("^\\?", "");
        assertNotNull(picked.get(var), figure + ": no column ?" + var + " in " + picked);
        assertTrue(Answers.matches(picked.get(var), value),
                figure + ": README says " + value + " but " + queryFile + " gives " + picked.get(var));
    }
}
