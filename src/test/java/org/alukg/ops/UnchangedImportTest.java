package org.alukg.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.alukg.store.Sha256;
import org.alukg.testing.Cli;
import org.alukg.testing.Curated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An import that changes nothing writes nothing: the store's files are byte for byte as they were. */
class UnchangedImportTest {
    @RegisterExtension static final Curated curated = Curated.project();
    @TempDir Path dir;

    @Test
    void anUnchangedImportLeavesTheStoreAsItWas() throws Exception {
        Path db = dir.resolve("var/tdb2");
        curated.storeAt(db);
        String file = "docs/import/example-inventory.csv";
        Cli.Run first = Cli.run("import", file, "--db", db.toString());
        assertEquals(0, first.code(), first.err());
        Map<String, String> before = files(db);

        for (String[] again : new String[][] {{"import", file, "--db", db.toString()},
                                              {"import", file, "--db", db.toString(), "--replace"},
                                              {"import", file, "--db", db.toString(), "--name", "another-name"}}) {
            Cli.Run r = Cli.run(again);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("example-inventory.csv: unchanged"), r.out());
            assertEquals(before, files(db), "nothing written by " + String.join(" ", again));
        }
        Cli.Run list = Cli.run("imports", "list", "--db", db.toString());
        assertEquals(1, list.out().lines().count(), list.out());
        assertTrue(list.out().contains("4 rows"), "the rows of the import as recorded: " + list.out());

        Cli.Run other = Cli.run("import", "docs/import/example-inventory.json", "--db", db.toString());
        assertEquals(0, other.code(), other.err());
        assertNotEquals(before, files(db), "an import that changes something is written");
    }

    /** Every file of the store (but its lock) with its length and SHA-256. */
    private static Map<String, String> files(Path db) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(db)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList())
                out.put(db.relativize(p).toString(), Files.size(p) + " " + Sha256.hex(Files.readAllBytes(p)));
        }
        return out;
    }
}
