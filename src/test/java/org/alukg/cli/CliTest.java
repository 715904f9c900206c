package org.alukg.cli;

import static org.alukg.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alukg.store.Store;
import org.alukg.testing.Cli.Run;
import org.alukg.testing.ContentTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, what is printed, what the store holds afterwards. */
@Order(2)
class CliTest {
    @TempDir Path home;

    @BeforeEach
    void copyFixture() {
        ContentTree.FIXTURE.copyTo(home);
    }

    String db() { return home.resolve("db").toString(); }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"serve", "load", "query", "validate"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: alukg " + cmd), r.out());
        }
        assertEquals(0, run("--help").code());
    }

    @Test
    void validateReportsConformance() {
        Run r = run("validate", "--home", home.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("conforms"), r.out());
    }

    @Test
    void loadThenQueryAsCsv() {
        Run load = run("load", "--home", home.toString(), "--db", db());
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().startsWith("loaded 3 files"), load.out());
        Run again = run("load", "--home", home.toString(), "--db", db());
        assertTrue(again.out().startsWith("up to date"), again.out());
        Run q = run("query", "--home", home.toString(), "--db", db(), "--format", "csv",
                    "SELECT ?l { <https://w3id.org/alukg/id/site/alma> <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
        assertEquals(0, q.code(), q.err());
        assertEquals("l\r\nAlma smelter\r\n", q.out());
    }

    @Test
    void aViolationStopsLoadWithNodeAndFileAndTheStoreKeepsItsContent() throws IOException {
        assertEquals(0, run("load", "--home", home.toString(), "--db", db()).code());
        long before = quads();
        Files.writeString(home.resolve("data/broken.ttl"),
            "@prefix alu: <https://w3id.org/alukg/ontology#> .\n<https://w3id.org/alukg/id/site/nowhere> a alu:Smelter .\n");
        Run r = run("load", "--home", home.toString(), "--db", db());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("alukg: SHACL validation failed: <https://w3id.org/alukg/id/site/nowhere>"), r.err());
        assertTrue(r.err().contains("(data/broken.ttl)"), r.err());
        assertFalse(r.err().contains("\tat org."), "no stack trace without -v");
        assertEquals(before, quads());

        Run v = run("validate", "--home", home.toString());
        assertEquals(1, v.code());
        assertTrue(v.out().contains("violation: <https://w3id.org/alukg/id/site/nowhere>"), v.out());

        Run verbose = run("load", "-v", "--home", home.toString(), "--db", db());
        assertTrue(verbose.err().contains("\tat org.alukg"), "stack trace with -v");
    }

    @Test
    void aQueryThatDoesNotParseIsOneLine() {
        Run r = run("query", "--home", home.toString(), "--mem", "SELECT * WHERE {");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("alukg: query does not parse:"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    private long quads() {
        try (Store st = Store.tdb2(home.resolve("db"))) {
            return st.read(() -> st.dataset().stream().count());
        }
    }
}
