package org.alukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alukg.testing.Cli;
import org.alukg.testing.ContentTree;
import org.alukg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.SYSTEM_OUT)
@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.SYSTEM_ERR)
/** {@code alukg imports list|delete}, and what {@code alukg import} says about rows and files already imported. */
class ImportsCommandTest {
    private static final String HEADER = "name_fr,name_en,kind,municipality,region,products,customers,source_url,date,confidence\n";

    @TempDir Path dir;

    private Cli.Run alukg(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
            "--db", dir.resolve("db").toString(), "--home", ContentTree.PROJECT.locations().home().toString())).toArray(String[]::new);
        return Cli.run(all);
    }

    private long quads() {
        Store st = Store.tdb2(dir.resolve("db"));
        try {
            return st.read(() -> st.dataset().stream().count());
        } finally {
            st.closeAndRelease();
        }
    }

    @Test
    void anImportIsListedAndDeletedFromTheCommandLine() {
        assertEquals(0, alukg("load").code());
        long before = quads();
        assertEquals(0, alukg("import", "docs/import/example-inventory.csv").code());

        Cli.Run list = alukg("imports", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().startsWith("example-inventory-csv  "), list.out());
        assertTrue(list.out().contains("example-inventory.csv (csv): 4 rows"), list.out());

        Cli.Run missing = alukg("imports", "delete", "no-such-import");
        assertEquals(1, missing.code());
        assertEquals("alukg: no such import: no-such-import", missing.err().strip());

        Cli.Run delete = alukg("imports", "delete", "example-inventory-csv");
        assertEquals(0, delete.code(), delete.err());
        assertTrue(delete.out().startsWith("deleted example-inventory-csv"), delete.out());
        assertEquals(before, quads(), "the store is as before the import");
        assertTrue(alukg("imports", "list").out().startsWith("no imports in "));
    }

    @Test
    void whenEveryRowIsRejectedTheImportIsRefused() throws IOException {
        Path csv = dir.resolve("all-bad.csv");
        Files.writeString(csv, HEADER + "Example Bad One,Example Bad One,supplier,Alma,02,,,,someday,low\n"
                               + "Example Bad Two,Example Bad Two,supplier,Alma,02,,,,2024,certain\n", StandardCharsets.UTF_8);
        assertEquals(0, alukg("load").code());
        long before = quads();
        Cli.Run r = alukg("import", "--skip-bad-rows", csv.toString());
        assertEquals(AlukgCommand.REFUSED, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("all-bad.csv: refused, nothing imported: every row was rejected: 2 rows"), r.out());
        assertTrue(r.out().contains("  all-bad.csv row 2 (line 3), column confidence: expected high, medium or low: found 'certain'"), r.out());
        String rejects = Files.readString(dir.resolve("all-bad.csv.rejects.csv"));
        assertTrue(rejects.contains("all-bad.csv row 1 (line 2), column date"), rejects);
        assertEquals(before, quads());
    }

    @Test
    void theSameFileUnderAnotherNameSaysWhichImportHoldsIt() throws IOException {
        Path a = dir.resolve("first.csv");
        Files.writeString(a, HEADER + "Example Twice,Example Twice,supplier,Alma,02,equipment,site/alma,,2024,low\n", StandardCharsets.UTF_8);
        Path b = Files.copy(a, dir.resolve("second.csv"));
        assertEquals(0, alukg("import", a.toString()).code());
        long after = quads();
        Cli.Run again = alukg("import", b.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("second.csv: unchanged: this file is already imported as first-csv"), again.out());
        assertEquals(after, quads());
        assertEquals(0, alukg("imports", "delete", "first-csv").code());
    }
}
