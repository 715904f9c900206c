package org.alukg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * alukg side by side with stock Apache Jena Fuseki 5.6.0 (and Virtuoso 7 where installed): every target a process
 * of its own on its own TDB2 store loaded from the same files, the same heap, rounds interleaved (alukg, then each
 * baseline, in every round). Writes a Markdown table of ratios with min–max over rounds and the load average at each
 * round. Started by {@code bench/compare}; a measurement to read, not a test.
 */
@Command(name = "bench/compare", sortOptions = false,
         description = "Runs alukg and stock Fuseki (and Virtuoso where installed) side by side and writes a table of ratios.")
public final class Compare implements Callable<Integer> {
    /** The measures, in the order they run. */
    enum Measure { sparql, named, pages, trace, update, imports, memory, bulk, start, bsbm }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
    @Option(names = "--rounds", description = "Interleaved rounds of every measure (default: 3; --quick: 1).")
    Integer rounds;
    @Option(names = "--validated-rounds", description = "Rounds of the bulk import with SHACL on, minutes each at 1 M triples (default: 1).")
    int validatedRounds = 1;
    @Option(names = "--seconds", description = "Seconds each target is asked per throughput figure (default: 3; --quick: 1).")
    Double seconds;
    @Option(names = "--measures", split = ",", description = "Which measures, comma-separated: ${COMPLETION-CANDIDATES} (default: all).")
    Set<Measure> measures = EnumSet.allOf(Measure.class);
    @Option(names = "--quick", description = "A smoke run: tiny sizes, one round, one second a figure.")
    boolean quick;
    @Option(names = "--firms", description = "Firms of the synthetic supply network (default: 100000; --quick: 2000).")
    Integer firms;
    @Option(names = "--triples", description = "Triples of the bulk import (default: 1000000; --quick: 20000).")
    Integer triples;
    @Option(names = "--bsbm-products", description = "Scale of the Berlin SPARQL Benchmark (default: 1000; --quick: 100).")
    Integer products;
    @Option(names = "--bsbm-runs", description = "Query mixes the BSBM driver times per target and round, after a fifth as many warm-up mixes (default: 25; --quick: 4).")
    Integer bsbmRuns;
    @Option(names = "--heap", description = "-Xmx of every JVM target; Virtuoso's buffer pool is about as large (default: ${DEFAULT-VALUE}).")
    String heap = "3g";
    @Option(names = "--no-virtuoso", description = "Leave Virtuoso out even where installed.")
    boolean noVirtuoso;
    @Option(names = "--work", description = "Folder for downloads, generated data, stores and logs (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target/bench");
    @Option(names = "--out", description = "The Markdown table (default: WORK/results.md).")
    Path out;
    @Option(names = "--alukg-jar", description = "default: ${DEFAULT-VALUE}")
    Path alukgJar = Path.of("target/alukg.jar");
    @Option(names = "--fuseki-jar", description = "default: WORK/jena-fuseki-server-5.6.0.jar")
    Path fusekiJar;
    @Option(names = "--cmds-jar", description = "default: WORK/jena-cmds-5.6.0.jar")
    Path cmdsJar;
    @Option(names = "--bsbm-lib", description = "The BSBM jars (default: WORK/bsbm/lib).")
    Path bsbmLib;

    private final Results results = new Results();
    private Targets targets;
    private Virtuoso.Instance virtuoso;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Compare());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("bench/compare: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        rounds = rounds != null ? rounds : quick ? 1 : 3;
        seconds = seconds != null ? seconds : quick ? 1.0 : 3.0;
        firms = firms != null ? firms : quick ? 2_000 : 100_000;
        triples = triples != null ? triples : quick ? 20_000 : 1_000_000;
        products = products != null ? products : quick ? 100 : 1_000;
        bsbmRuns = bsbmRuns != null ? bsbmRuns : quick ? 4 : 25;
        fusekiJar = fusekiJar != null ? fusekiJar : work.resolve("jena-fuseki-server-5.6.0.jar");
        cmdsJar = cmdsJar != null ? cmdsJar : work.resolve("jena-cmds-5.6.0.jar");
        bsbmLib = bsbmLib != null ? bsbmLib : work.resolve("bsbm/lib");
        out = out != null ? out : work.resolve("results.md");
        Path logs = work.resolve("logs");
        Targets.delete(logs);
        Targets.delete(work.resolve("stores"));   // every run loads its stores afresh
        targets = new Targets(alukgJar, fusekiJar, cmdsJar, logs, heap);
        Phase.Settings settings = new Phase.Settings(rounds, validatedRounds, seconds, firms, triples, products, bsbmRuns, heap, work, bsbmLib,
                                                     measures);
        Instant began = Instant.now();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        try {
            startVirtuoso();
            for (Phase phase : List.of(new CuratedPhase(settings, results, targets, virtuoso),
                                       new SupplyPhase(settings, results, targets, virtuoso),
                                       new ImportPhase(settings, results, targets, virtuoso),
                                       new BsbmPhase(settings, results, targets, virtuoso)))
                phase.run();
        } finally {
            if (virtuoso != null)
                virtuoso.close();
        }
        String md = header(began, loadBefore) + results.markdown();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println(md);
        System.err.println("written: " + out);
        return 0;
    }

    private void startVirtuoso() throws Exception {
        if (noVirtuoso || !measures.contains(Measure.sparql) && !measures.contains(Measure.trace) && !measures.contains(Measure.bsbm))
            return;
        if (!Virtuoso.installed()) {
            results.note("Virtuoso: not installed (no " + Virtuoso.SERVER + "); its rows are left out. "
                         + "Debian: apt-get install virtuoso-opensource");
            return;
        }
        virtuoso = Virtuoso.start(work.resolve("virtuoso"), Runtime.getRuntime().maxMemory() > 0 ? heapBytes() : 1L << 30,
                                  List.of(Path.of("ontology"), Path.of("data"), work));
        Phase.progress("Virtuoso started: " + virtuoso.server);
    }

    private long heapBytes() {
        String h = heap.toLowerCase(Locale.ROOT);
        long n = Long.parseLong(h.replaceAll("[^0-9]", ""));
        return h.endsWith("g") ? n << 30 : h.endsWith("m") ? n << 20 : n;
    }

    // ---- the header of the results ----

    private String header(Instant began, String loadBefore) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                          .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0)).orElse("?");
        return String.format(Locale.ROOT, """
            # alukg against stock Fuseki 5.6.0%s

            Run %s to %s (UTC) of alukg %s. Machine: %d cores (%s), %s memory, Java %s, %s %s; load average before the run: %s.
            Options: rounds %d, %s s a throughput figure, %,d synthetic firms, %,d triples of bulk import, BSBM %,d products,
            -Xmx%s for every JVM target (and Virtuoso's buffer pool about as large). Rerun: bench/compare%s

            """, virtuoso != null ? " and Virtuoso 7" : "", began.truncatedTo(ChronoUnit.SECONDS), Instant.now().truncatedTo(ChronoUnit.SECONDS),
            System.getProperty("bench.commit", "(commit unknown)"),
            Runtime.getRuntime().availableProcessors(), cpu, mem, System.getProperty("java.version"), System.getProperty("os.name"),
            System.getProperty("os.version"), loadBefore, rounds, Results.number(seconds), firms, triples, products, heap,
            quick ? " --quick" : "");
    }
}
