package org.alukg.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.alukg.ingest.CuratedLoader;
import org.alukg.ingest.ImportBenchmark;
import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportOptions;
import org.alukg.ingest.ImportReport;
import org.alukg.ingest.ImportSource;
import org.alukg.ingest.Imports;
import org.alukg.store.Locations;
import org.alukg.store.Store;

/**
 * How much disk a TDB2 store takes after an import replaced 20 times: a generated N-Triples file of about 7.5 MB is
 * imported into a store holding the curated content, then imported again with replace 19 times, three ways, each in a
 * fresh store folder: (a) the same file every time, (b) a file that differs by one triple every time, (c) as (b) with
 * the server's automatic compaction checked after each import. Prints the store's size (sum of file lengths, and
 * what {@code du} says the disk holds) after the first import, after the 20th, and after a compaction. SHACL is off
 * (the sizes do not depend on it; the run takes minutes instead of tens of minutes).
 *
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.alukg.ops.StoreGrowthBenchmark [TRIPLES] [DIR]</pre>
 */
public final class StoreGrowthBenchmark {
    private static final int ROUNDS = 20;

    private StoreGrowthBenchmark() {}

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 74_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("alukg-growth");
        Path file = dir.resolve("firms.nt");
        ImportBenchmark.generate(file, n);
        System.out.printf("file: %s, %,d triples, %,.1f MB%n", file, n, Files.size(file) / 1e6);
        run("(a) the same file, replace, 20 times", dir.resolve("same"), file, false, 0);
        run("(b) a changed file, replace, 20 times", dir.resolve("changed"), file, true, 0);
        run("(c) as (b), automatic compaction at 2x", dir.resolve("changed-auto"), file, true, 2);
    }

    private static void run(String label, Path db, Path file, boolean change, int multiple) throws IOException {
        System.out.println(label);
        try (Store store = Store.tdb2(db)) {
            new CuratedLoader(new Locations(db, false, Path.of("").toAbsolutePath())).loadIfStale(store, false);
            System.out.println("  curated content only:   " + size(store));
            AutoCompaction auto = new AutoCompaction(store, multiple);
            auto.check();
            Imports imports = new Imports(store, ImportFormats.standard());
            ImportOptions options = ImportOptions.defaults("benchmark").withName("firms").withReplace(true).withValidate(false);
            long t0 = System.nanoTime();
            int compactions = 0;
            long largest = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                if (change)
                    Files.writeString(file, "<https://example.org/bench/round> <https://example.org/bench/is> \"" + round + "\" .\n",
                                      StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                List<ImportReport> r = imports.run(ImportSource.file(file), options);
                if (r.size() != 1 || r.get(0).status().equals(ImportReport.REFUSED))
                    throw new IllegalStateException("import refused: " + r);
                largest = Math.max(largest, store.sizeOnDisk());
                if (auto.check().isPresent())
                    compactions++;
                if (round == 1)
                    System.out.println("  after the 1st import:   " + size(store) + "  (" + r.get(0).status() + ")");
                if (round == ROUNDS)
                    System.out.println("  after the 20th import:  " + size(store) + "  (" + r.get(0).status() + ")"
                                       + (multiple > 0 ? ", " + compactions + " automatic compactions" : ""));
            }
            System.out.printf("  largest after an import: %,8.1f MB (files); 20 imports took %.1f s%n", largest / 1e6,
                              (System.nanoTime() - t0) / 1e9);
            Compaction.compact(store);
            System.out.println("  after compaction:       " + size(store));
        }
    }

    /** The store's size as the sum of its files' lengths and as the disk holds it ({@code du}: TDB2's files have holes). */
    private static String size(Store store) throws IOException {
        Process du = new ProcessBuilder("du", "-sk", store.files().toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        long kb = Long.parseLong(out.split("\\s+")[0]);
        return String.format("%,8.1f MB (files), %,8.1f MB (on disk)", store.sizeOnDisk() / 1e6, kb * 1024 / 1e6);
    }
}
