package org.alukg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/** The Berlin SPARQL Benchmark's explore use case: query mixes per hour on each endpoint. */
final class BsbmPhase extends Phase {
    private static final String BSBM_GRAPH = "http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/graph";
    private static final Pattern QMPH = Pattern.compile("QMpH:\\s+([0-9.]+)");
    private static final Pattern RESULTS = Pattern.compile("Average result count:\\s+([0-9.]+)");

    private final int products, bsbmRuns;
    private final Path bsbmLib;

    BsbmPhase(Settings settings, Results results, Targets targets, Virtuoso.Instance virtuoso) {
        super(settings, results, targets, virtuoso);
        this.products = settings.products();
        this.bsbmRuns = settings.bsbmRuns();
        this.bsbmLib = settings.bsbmLib();
    }

    @Override
    void run() throws Exception {
        if (!wants(Compare.Measure.bsbm))
            return;
        if (!Files.isDirectory(bsbmLib))
            throw new IllegalStateException("missing: " + bsbmLib + " (bench/compare copies the BSBM jars there)");
        Path dir = work.resolve("bsbm-" + products).toAbsolutePath();
        Path dataset = dir.resolve("dataset.nt");
        if (!Files.isRegularFile(dataset)) {
            Files.createDirectories(dir);
            bsbmTool(dir, "Generator", "benchmark.generator.Generator", "-pc", Integer.toString(products), "-s", "nt", "-fn", "dataset", "-dir", "td_data");
        }
        long size = Files.lines(dataset).count();
        results.note(String.format(Locale.ROOT, "BSBM: bsbm-core 3.1.10, %,d products (%,d triples), explore use case, %d timed query mixes "
                                   + "after %d warm-up mixes per target and round, one client. alukg: the curated store plus the BSBM data "
                                   + "imported (alukg import --no-validate) into a named graph, queried through the union default graph; "
                                   + "Fuseki: a store of its own with the data in its default graph%s.", products, size, bsbmRuns,
                                   Math.max(1, bsbmRuns / 5), virtuoso != null ? "; Virtuoso: the graph " + BSBM_GRAPH + " as default-graph-uri" : ""));
        Path a = stores.resolve("bsbm-alukg"), f = stores.resolve("bsbm-fuseki");
        Targets.copy(alukgCuratedTemplate(), a);
        targets.alukg("import", "--no-validate", "--name", "bsbm", "--db", a.toString(), dataset.toString());
        Targets.delete(f);
        targets.tdbloader(f, null, List.of(dataset));
        if (virtuoso != null)
            virtuoso.load(dir, "dataset.nt", BSBM_GRAPH);
        try (Server alukg = targets.alukgServe(a, "--max-queries", "16", "--timeout", "60");
             Server fuseki = targets.fuseki(f, false)) {
            compare("query mixes/h", true, one(String.format(Locale.ROOT, "BSBM explore, %,d products, /cluster/sparql", products),
                                               () -> bsbmDrive(dir, "alukg", alukg.base + "/cluster/sparql", null)),
                    withVirtuoso(one("Fuseki 5.6.0 /ds/sparql", () -> bsbmDrive(dir, "fuseki", fuseki.base + "/ds/sparql", null)),
                                 () -> bsbmDrive(dir, "virtuoso", virtuoso.sparql(), BSBM_GRAPH)));
        }
        Map<String, String> first = new LinkedHashMap<>(counts);
        if (first.values().stream().distinct().count() > 1)
            results.note("BSBM: the targets' average result counts per query differ (first run of each): " + first);
    }

    private int drives;
    /** Per target, the average result count of each query in its first driver run: the targets should agree. */
    private final Map<String, String> counts = new LinkedHashMap<>();

    /** Query mixes per hour of one driver run; its output is kept as {@code TestDriver-N-TARGET.log}. */
    private double bsbmDrive(Path dir, String target, String endpoint, String graph) throws Exception {
        List<String> args = new ArrayList<>(List.of("-runs", Integer.toString(bsbmRuns), "-w", Integer.toString(Math.max(1, bsbmRuns / 5)),
                                                    "-idir", "td_data", "-o", "result-" + (++drives) + "-" + target + ".xml"));
        if (graph != null)
            args.addAll(List.of("-dg", graph));
        args.add(endpoint);
        String output = bsbmTool(dir, "TestDriver-" + drives + "-" + target, "benchmark.testdriver.TestDriver", args.toArray(String[]::new));
        List<String> perQuery = new ArrayList<>();
        for (Matcher c = RESULTS.matcher(output); c.find(); )
            perQuery.add(c.group(1));
        counts.putIfAbsent(target, String.join(" ", perQuery));
        Matcher m = QMPH.matcher(output);
        if (!m.find())
            throw new IllegalStateException("the BSBM driver printed no QMpH for " + endpoint);
        return Double.parseDouble(m.group(1));
    }

    private String bsbmTool(Path dir, String logName, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                                                   "-cp", bsbmLib.toAbsolutePath() + "/*", main));
        cmd.addAll(List.of(args));
        Path log = dir.resolve(logName + ".log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0)
            throw new IllegalStateException(main + " exited " + p.exitValue() + "; its log: " + log);
        return Files.readString(log);
    }
}
