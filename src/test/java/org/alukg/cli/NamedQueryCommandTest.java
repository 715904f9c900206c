package org.alukg.cli;

import static org.alukg.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.alukg.testing.Cli.Run;
import org.alukg.testing.ContentTree;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** alukg queries and alukg query NAME --param …, on a home folder with the stand-in data and the project's queries/. */
@Order(2)
class NamedQueryCommandTest {
    static Path home(Path temp) {
        return ContentTree.PROJECT.copyTo(temp).home();
    }

    @Test
    void queriesListsEveryNamedQuery(@TempDir Path temp) throws Exception {
        Run r = run("queries", "--home", home(temp).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("smelters  Operating smelters, with operator, region and latest capacity"), r.out());
        assertTrue(r.out().contains("    --param region=IRI  Only smelters in this region"), r.out());
    }

    @Test
    void queryNameWithParamsRunsTheNamedQuery(@TempDir Path temp) throws Exception {
        Path h = home(temp);
        Run all = run("query", "smelters", "--format", "csv", "--mem", "--home", h.toString());
        assertEquals(0, all.code(), all.err());
        assertEquals(10, all.out().strip().lines().count(), all.out());
        Run two = run("query", "smelters", "--param", "region=region/cote-nord", "--param", "region=region/centre-du-quebec",
                      "--format", "csv", "--mem", "--home", h.toString());
        assertEquals(0, two.code(), two.err());
        assertEquals(4, two.out().strip().lines().count(), two.out());
        assertTrue(two.out().contains("https://w3id.org/alukg/id/site/becancour"), two.out());
    }

    @Test
    void badParametersAndNamesAreOneLineRefusals(@TempDir Path temp) throws Exception {
        Path h = home(temp);
        Run bad = run("query", "smelters", "--param", "region=a b", "--mem", "--home", h.toString());
        assertEquals(1, bad.code());
        assertEquals("alukg: bad value for parameter region: a b (not an IRI (it contains U+0020))", bad.err().strip());
        Run missing = run("query", "owners", "--mem", "--home", h.toString());
        assertEquals("alukg: missing required parameter: facility", missing.err().strip());
        Run unknown = run("query", "no-such-query", "--mem", "--home", h.toString());
        assertEquals(1, unknown.code());
        assertEquals("alukg: no named query: no-such-query (alukg queries lists them)", unknown.err().strip());
    }

    @Test
    void aRqFileThatDoesNotParseIsNamedWithItsLineInOneLine(@TempDir Path temp) throws Exception {
        Path h = home(temp);
        Path bad = Files.writeString(temp.resolve("bad.rq"), "SELECT ?s\nWHERE { ?s ?p }\n");
        Run r = run("query", bad.toString(), "--mem", "--home", h.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("alukg: query does not parse: " + bad + ":2:"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void jsonIsAPlainArrayAsOnTheApiAndSparqlJsonTheResultsFormat(@TempDir Path temp) throws Exception {
        Path h = home(temp);
        Run json = run("query", "smelters", "--format", "json", "--mem", "--home", h.toString());
        assertEquals(0, json.code(), json.err());
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertTrue(rows.isArray() && rows.size() == 9, json.out());
        assertTrue(rows.get(0).get("capacity").isNumber(), json.out());
        Run srj = run("query", "smelters", "--format", "sparql-json", "--mem", "--home", h.toString());
        assertEquals(0, srj.code(), srj.err());
        var results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(srj.out());
        assertEquals(9, results.path("results").path("bindings").size(), srj.out());
        Run ask = run("query", "ASK { ?s ?p ?o }", "--format", "json", "--mem", "--home", h.toString());
        assertEquals(1, ask.code());
        assertEquals("alukg: an ASK query cannot be written as: json", ask.err().strip());
    }

    @Test
    void aBrokenQueryFileStopsTheCommandWithItsPathAndLine(@TempDir Path temp) throws Exception {
        Path h = temp.resolve("home");
        ContentTree.copyFolder(Path.of("").toAbsolutePath().resolve("queries"), h.resolve("queries"));
        Path broken = Files.writeString(h.resolve("queries/broken.rq"), "#+ summary: [unclosed\nSELECT * { ?s ?p ?o }\n");
        Run r = run("queries", "--home", h.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("alukg: broken named query " + broken + ":"), r.err());
        assertTrue(r.err().contains("header is not valid YAML"), r.err());
    }
}
