package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alukg.cli.AlukgCommand;
import org.alukg.cli.ImportCommand;
import org.alukg.store.Store;
import org.alukg.testing.AlukgProcess;
import org.alukg.testing.Cli;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code alukg import} on a TDB2 store in a temporary folder: exit codes, rejects file, and a kill -9 mid-import. */
@Order(1)
class ImportCommandTest {
    @RegisterExtension static final Curated curated = Curated.project();
    @TempDir Path dir;

    private int alukg(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", dir.resolve("db").toString(), "--home", ContentTree.PROJECT.locations().home().toString()));
        return Cli.run(all.toArray(String[]::new)).code();
    }

    private Set<Quad> snapshot() {
        Store st = Store.tdb2(dir.resolve("db"));
        try {
            return ImportTesting.snapshot(st);
        } finally {
            st.closeAndRelease();
        }
    }

    @Test
    void theExampleInventoryImportsOnceAndTheSecondTimeChangesNothing() {
        assertEquals(AlukgCommand.OK, alukg("import", "docs/import/example-inventory.csv"));
        Set<Quad> after = snapshot();
        assertTrue(after.stream().anyMatch(q -> q.getGraph().getURI().equals(Alu.GRAPH_IMPORT_PREFIX + "example-inventory-csv")));
        assertEquals(AlukgCommand.OK, alukg("import", "docs/import/example-inventory.csv"));
        assertEquals(after, snapshot());
        assertEquals(AlukgCommand.OK, alukg("import", "docs/import/example-inventory.json"));
        assertEquals(AlukgCommand.OK, alukg("import", "--mapping", "docs/import/example-mapping.yaml", "docs/import/example-layout.csv"));
    }

    @Test
    void skipBadRowsWritesTheRejectsAndExitsFour() throws Exception {
        Path csv = dir.resolve("mixed.csv");
        Files.writeString(csv, CsvImporterContractTest.HEADER
            + "Example Good,Example Good,supplier,Alma,02,equipment,site/alma,,2024,low\n"
            + "Example Bad,Example Bad,supplier,Alma,02,,,,tomorrow,low\n", StandardCharsets.UTF_8);
        assertEquals(AlukgCommand.REFUSED, alukg("import", csv.toString()));
        assertEquals(ImportCommand.PARTIAL, alukg("import", "--skip-bad-rows", csv.toString()));
        String rejects = Files.readString(dir.resolve("mixed.csv.rejects.csv"));
        assertTrue(rejects.contains("mixed.csv row 2 (line 3), column date"), rejects);
        assertTrue(rejects.contains("expected a date YYYY, YYYY-MM or YYYY-MM-DD: found 'tomorrow'"), rejects);
        Store st = Store.tdb2(dir.resolve("db"));
        try {
            assertTrue(ImportTesting.hasOrganisation(st, "Example Good"));
            assertFalse(ImportTesting.hasOrganisation(st, "Example Bad"));
        } finally {
            st.closeAndRelease();
        }
    }

    @Test
    void killedMidImportLeavesTheStoreOpenableAndWithoutAnyOfIt() throws Exception {
        Path nt = dir.resolve("big.nt");
        try (BufferedWriter w = Files.newBufferedWriter(nt, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1_500_000; i++)
                w.write("<https://example.org/s/" + i + "> <https://example.org/p> \"value " + i + "\" .\n");
        }
        curated.storeAt(dir.resolve("db"));
        Set<Quad> before = snapshot();

        Process child = new ProcessBuilder(AlukgProcess.command("import", "--progress-every", "1", "--db", dir.resolve("db").toString(),
                                                                "--home", ContentTree.PROJECT.locations().home().toString(), nt.toString()))
            .redirectErrorStream(true).start();
        boolean midway = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;)
                if (line.contains("items/s")) {
                    midway = true;
                    break;
                }
            child.destroyForcibly();
            child.waitFor();
        }
        assertTrue(midway, "the import was killed while it was reading");
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        Set<Quad> after = snapshot();
        assertEquals(before, after, "nothing of the killed import is in the store");
        assertFalse(after.stream().anyMatch(q -> q.getGraph().equals(NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + "big-nt"))));
    }
}
