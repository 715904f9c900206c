package org.alukg.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads one generated N-Triples file three ways, each into a fresh TDB2 store and each as its own JVM: Jena's
 * {@code tdb2.tdbloader}, {@code alukg import --no-validate} and {@code alukg import} (SHACL on); prints the
 * rates and the ratio alukg / tdbloader. The alukg stores get the curated content first, untimed, as in use.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.alukg.ingest.ImportBenchmark [TRIPLES] [DIR]</pre>
 */
public final class ImportBenchmark {
    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("alukg-bench");
        Path nt = dir.resolve("bench.nt");
        generate(nt, n);
        System.out.printf("file: %s, %,d triples, %,.1f MiB%n", nt, n, Files.size(nt) / 1048576.0);

        double tdb = time("tdb2.tdbloader", List.of("tdb2.tdbloader", "--loc", dir.resolve("tdbloader").toString(), nt.toString()));
        run(List.of("org.alukg.cli.Main", "load", "--db", dir.resolve("alukg").toString()));
        double off = time("alukg import --no-validate", List.of("org.alukg.cli.Main", "import", "--no-validate",
                                                               "--db", dir.resolve("alukg").toString(), nt.toString()));
        run(List.of("org.alukg.cli.Main", "load", "--db", dir.resolve("alukg-validated").toString()));
        double on = time("alukg import", List.of("org.alukg.cli.Main", "import", "--db", dir.resolve("alukg-validated").toString(),
                                                 nt.toString()));
        System.out.printf("%-28s %8.1f s %,10.0f triples/s%n", "tdb2.tdbloader (phased)", tdb, n / tdb);
        System.out.printf("%-28s %8.1f s %,10.0f triples/s%n", "alukg import --no-validate", off, n / off);
        System.out.printf("%-28s %8.1f s %,10.0f triples/s%n", "alukg import (SHACL on)", on, n / on);
        System.out.printf("ratio alukg --no-validate / tdbloader: %.2f; with validation: %.2f%n", tdb / off, tdb / on);
    }

    /** Writes {@code n} generated triples as N-Triples (about 90 bytes each): the benchmarks' input. */
    public static void generate(Path file, long n) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent()); // the folder named on the command line may be new
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                long s = i / 10;
                switch ((int) (i % 3)) {
                    case 0 -> w.write("<https://example.org/bench/s" + s + "> <https://example.org/bench/p" + (i % 10)
                                      + "> <https://example.org/bench/o" + (i % 50_000) + "> .\n");
                    case 1 -> w.write("<https://example.org/bench/s" + s + "> <https://example.org/bench/p" + (i % 10)
                                      + "> \"value " + i + "\"@en .\n");
                    default -> w.write("<https://example.org/bench/s" + s + "> <https://example.org/bench/p" + (i % 10)
                                       + "> \"" + i + "\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
                }
            }
        }
    }

    /** Seconds of wall clock the command takes, JVM start included. */
    private static double time(String label, List<String> mainAndArgs) throws Exception {
        long t0 = System.nanoTime();
        run(mainAndArgs);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %.1f s%n", label, s);
        return s;
    }

    private static void run(List<String> mainAndArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                                   "-Xmx4g", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0)
            throw new IllegalStateException("failed (exit " + p.exitValue() + "): " + String.join(" ", mainAndArgs));
    }
}
