package org.alukg.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.ingest.ImportBenchmark;
import org.alukg.trace.Direction;
import org.alukg.trace.SyntheticCluster;
import org.alukg.trace.TraceBenchmark;
import org.alukg.vocab.Alu;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * alukg side by side with stock Apache Jena Fuseki 5.6.0 (and Virtuoso 7 where installed): every target a process
 * of its own on its own TDB2 store loaded from the same files, the same heap, rounds interleaved (alukg, then each
 * baseline, in every round). Writes a Markdown table of ratios with min–max over rounds and the load average at each
 * round. Started by {@code bench/compare}; a measurement to read, not a test.
 */
@Command(name = "bench/compare", mixinStandardHelpOptions = true, sortOptions = false,
         description = "Runs alukg and stock Fuseki (and Virtuoso where installed) side by side and writes a table of ratios.")
public final class Compare implements Callable<Integer> {
    /** The measures, in the order they run. */
    enum Measure { sparql, named, pages, trace, update, imports, memory, bulk, start, bsbm }

    private static final String CURATED_GRAPH = Alu.GRAPH + "curated";
    private static final String BSBM_GRAPH = "http://www4.wiwiss.fu-berlin.de/bizer/bsbm/v01/graph";
    private static final String JSON = "application/json", SPARQL_JSON = "application/sparql-results+json";

    @Option(names = "--rounds", description = "Interleaved rounds of every measure (default: 3; --quick: 1).")
    Integer rounds;
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
    private final ObjectMapper json = new ObjectMapper();
    private Targets targets;
    private Virtuoso.Instance virtuoso;
    private Path stores;

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
        stores = work.resolve("stores");
        Path logs = work.resolve("logs");
        Targets.delete(logs);
        targets = new Targets(alukgJar, fusekiJar, cmdsJar, logs, heap);
        Instant began = Instant.now();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        try {
            startVirtuoso();
            if (wants(Measure.sparql, Measure.named, Measure.pages))
                curated();
            if (wants(Measure.trace, Measure.update, Measure.imports, Measure.memory))
                synthetic();
            if (wants(Measure.bulk))
                bulk();
            if (wants(Measure.start))
                freshStart();
            if (wants(Measure.bsbm))
                bsbm();
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

    private boolean wants(Measure... any) {
        for (Measure m : any)
            if (measures.contains(m))
                return true;
        return false;
    }

    // ---- the rounds ----

    /** One figure of one target in one round. */
    interface Figure { double measure() throws Exception; }

    /**
     * Runs every round: each alukg figure, then each baseline, one after the other; adds a row for every pair
     * (alukg figure, baseline). A baseline that fails is dropped and noted; a failing alukg figure ends the measure,
     * noted.
     */
    private void compare(String unit, boolean higherIsBetter, Map<String, Figure> alukg, Map<String, Figure> baselines) {
        Map<String, Figure> base = new LinkedHashMap<>(baselines);
        for (int r = 1; r <= rounds; r++) {
            double load = loadAverage();
            Map<String, Double> a = new LinkedHashMap<>(), b = new LinkedHashMap<>();
            for (Map.Entry<String, Figure> e : alukg.entrySet())
                try {
                    a.put(e.getKey(), e.getValue().measure());
                } catch (Exception ex) {
                    results.note(e.getKey() + ": alukg failed in round " + r + ": " + message(ex));
                    progress(e.getKey() + ": alukg failed: " + message(ex));
                    return;
                }
            for (Map.Entry<String, Figure> e : List.copyOf(base.entrySet()))
                try {
                    b.put(e.getKey(), e.getValue().measure());
                } catch (Exception ex) {
                    results.missing(String.join(", ", alukg.keySet()), e.getKey(), "failed in round " + r + ": " + message(ex));
                    progress(e.getKey() + " failed: " + message(ex));
                    base.remove(e.getKey());
                }
            for (Map.Entry<String, Double> x : a.entrySet())
                for (Map.Entry<String, Double> y : b.entrySet()) {
                    Results.Row row = results.row(x.getKey(), unit, y.getKey(), higherIsBetter);
                    row.alukg.add(x.getValue());
                    row.base.add(y.getValue());
                    row.load.add(load);
                }
            progress(String.format(Locale.ROOT, "round %d/%d, load %.2f: %s | %s", r, rounds, load, figures(a, unit), figures(b, unit)));
        }
    }

    private static String figures(Map<String, Double> values, String unit) {
        StringBuilder s = new StringBuilder();
        values.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append(' ').append(Results.number(v)).append(' ').append(unit));
        return s.toString();
    }

    private static String message(Exception e) { return e.getMessage() == null ? e.toString() : e.getMessage(); }

    private static void progress(String line) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static Map<String, Figure> one(String name, Figure f) {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put(name, f);
        return m;
    }

    // ---- the data ----

    private static List<Path> curatedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("ontology", "data"))
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(files::add);
            }
        if (files.isEmpty())
            throw new IllegalStateException("no ontology/*.ttl or data/*.ttl here: run bench/compare from the project folder");
        return files;
    }

    /** alukg's store with the curated content loaded through its gate, as {@code alukg serve} does on a first start. */
    private Path alukgCuratedTemplate() throws Exception {
        Path t = stores.resolve("alukg-curated-template");
        if (!Files.isDirectory(t)) {
            targets.alukg("load", "--db", t.toString());
        }
        return t;
    }

    /** Fuseki's store with the same files, in a named graph (Fuseki serves the union as its default graph). */
    private Path fusekiCuratedTemplate() throws Exception {
        Path t = stores.resolve("fuseki-curated-template");
        if (!Files.isDirectory(t))
            targets.tdbloader(t, CURATED_GRAPH, curatedFiles());
        return t;
    }

    private void startVirtuoso() throws Exception {
        if (noVirtuoso || !wants(Measure.sparql, Measure.trace, Measure.bsbm))
            return;
        if (!Virtuoso.installed()) {
            results.note("Virtuoso: not installed (no " + Virtuoso.SERVER + "); its rows are left out. "
                         + "Debian: apt-get install virtuoso-opensource");
            return;
        }
        virtuoso = Virtuoso.start(work.resolve("virtuoso"), Runtime.getRuntime().maxMemory() > 0 ? heapBytes() : 1L << 30,
                                  List.of(Path.of("ontology"), Path.of("data"), work));
        progress("Virtuoso started: " + virtuoso.server);
    }

    private long heapBytes() {
        String h = heap.toLowerCase(Locale.ROOT);
        long n = Long.parseLong(h.replaceAll("[^0-9]", ""));
        return h.endsWith("g") ? n << 30 : h.endsWith("m") ? n << 20 : n;
    }

    private Map<String, Figure> withVirtuoso(Map<String, Figure> baselines, Figure v) {
        Map<String, Figure> m = new LinkedHashMap<>(baselines);
        if (virtuoso != null)
            m.put("Virtuoso 7", v);
        return m;
    }

    // ---- curated data: SPARQL, named queries, pages ----

    private void curated() throws Exception {
        progress("curated data: loading the stores");
        Path a = stores.resolve("alukg-curated"), f = stores.resolve("fuseki-curated");
        Targets.copy(alukgCuratedTemplate(), a);
        Targets.copy(fusekiCuratedTemplate(), f);
        if (virtuoso != null) {
            virtuoso.load(Path.of("ontology"), "*.ttl", CURATED_GRAPH);
            virtuoso.load(Path.of("data"), "*.ttl", CURATED_GRAPH);
        }
        try (Server alukg = targets.alukgServe(a, "--max-queries", "16", "--timeout", "60");
             Server fuseki = targets.fuseki(f, true)) {
            progress("serving: " + alukg + ", " + fuseki);
            if (wants(Measure.sparql))
                for (String name : List.of("operating-smelters", "smelter-owners", "capacity-sum")) {
                    String q = Files.readString(Path.of("ontology/competency", name + ".rq"));
                    checkSameRows(name, alukg.base + "/cluster/sparql", fuseki.base + "/ds/sparql", q);
                    for (int c : new int[] {1, 16})
                        compare("req/s", true,
                                one("SPARQL " + name + ".rq, " + c + " client" + (c > 1 ? "s" : ""),
                                    () -> Load.rate(Load.query(alukg.base + "/cluster/sparql", q, SPARQL_JSON, ""), c, seconds)),
                                withVirtuoso(one("Fuseki 5.6.0", () -> Load.rate(Load.query(fuseki.base + "/ds/sparql", q, SPARQL_JSON, ""), c, seconds)),
                                             () -> Load.rate(Load.query(virtuoso.sparql(), q, SPARQL_JSON,
                                                                        "&default-graph-uri=" + Load.encode(CURATED_GRAPH)), c, seconds)));
                }
            if (wants(Measure.named))
                for (String[] nq : new String[][] {{"smelters", ""}, {"owners", "facility=site/becancour"}}) {
                    String sparql = Load.body(Load.get(alukg.base + "/api/queries/" + nq[0] + "/sparql?" + nq[1], "application/sparql-query"));
                    String api = alukg.base + "/api/queries/" + nq[0] + "?format=csv" + (nq[1].isEmpty() ? "" : "&" + nq[1]);
                    for (int c : new int[] {1, 16})
                        compare("req/s", true,
                                one("named query API /api/queries/" + nq[0] + ", " + c + " client" + (c > 1 ? "s" : ""),
                                    () -> Load.rate(Load.get(api, "text/csv"), c, seconds)),
                                one("Fuseki 5.6.0, the same SPARQL", () -> Load.rate(Load.query(fuseki.base + "/ds/sparql", sparql, "text/csv", ""), c, seconds)));
                }
            if (wants(Measure.pages)) {
                HttpRequest describe = Load.query(fuseki.base + "/ds/sparql", "DESCRIBE <" + Alu.BASE + "id/site/alouette>", "text/turtle", "");
                for (int c : new int[] {1, 16}) {
                    Map<String, Figure> pages = new LinkedHashMap<>();
                    String clients = ", " + c + " client" + (c > 1 ? "s" : "");
                    pages.put("page /doc/site/alouette.html" + clients, () -> Load.rate(Load.get(alukg.base + "/doc/site/alouette.html", "text/html"), c, seconds));
                    pages.put("page /doc/site/alouette.ttl" + clients, () -> Load.rate(Load.get(alukg.base + "/doc/site/alouette.ttl", "text/turtle"), c, seconds));
                    compare("req/s", true, pages, one("Fuseki 5.6.0 DESCRIBE", () -> Load.rate(describe, c, seconds)));
                }
            }
        }
    }

    /** Notes when the two endpoints answer a different number of rows (Fuseki has no inferred graph). */
    private void checkSameRows(String name, String alukg, String fuseki, String q) throws Exception {
        long a = Load.body(Load.query(alukg, q, "text/csv", "")).lines().count();
        long f = Load.body(Load.query(fuseki, q, "text/csv", "")).lines().count();
        if (a != f)
            results.note(name + ".rq: alukg answers " + (a - 1) + " rows, Fuseki " + (f - 1));
    }

    // ---- the synthetic supply network: traces, a write while tracing, a small import, memory ----

    private void synthetic() throws Exception {
        progress("synthetic network of " + firms + " firms: generating");
        SyntheticData data = SyntheticData.make(work, firms);
        results.note(String.format(Locale.ROOT, "Synthetic network: %,d firms (SyntheticCluster, seed 42); traces start at %s, "
                                   + "whose depth-5 downstream trace has %,d nodes (the raw-material firm nearest %,d).",
                                   firms, data.start.substring(data.start.lastIndexOf('/') + 1), data.traceNodes, SyntheticData.WANTED));
        Path a = stores.resolve("alukg-synthetic"), f = stores.resolve("fuseki-synthetic");
        Targets.copy(alukgCuratedTemplate(), a);
        targets.tdbloader(a, null, List.of(data.file));
        Targets.copy(fusekiCuratedTemplate(), f);
        targets.tdbloader(f, null, List.of(data.file));
        if (virtuoso != null)
            virtuoso.load(work, data.file.getFileName().toString(), SyntheticCluster.GRAPH.getURI());
        progress("starting the servers on the synthetic stores");
        try (Server alukg = targets.alukgServe(a, "--max-queries", "16", "--timeout", "60");
             Server fuseki = targets.fuseki(f, true)) {
            String trace = alukg.base + "/api/trace?from=" + Load.encode(data.start) + "&direction=downstream&depth=5";
            String pp = TraceBenchmark.propertyPathQuery(Direction.downstream, 5).replace("?start", "<" + data.start + ">");
            String pp1 = TraceBenchmark.propertyPathQuery(Direction.downstream, 1).replace("?start", "<" + data.start + ">");
            double first = time(Load.get(trace + "&weakPoints=false", JSON));
            double firstPp = time(Load.query(fuseki.base + "/ds/sparql", pp, SPARQL_JSON, ""));
            Results.Row startRow = results.row("start on the synthetic store until the first depth-5 trace answers", "s",
                                               "Fuseki 5.6.0, until the first property-path answer", false);
            startRow.alukg.add(alukg.startSeconds + first / 1000);
            startRow.base.add(fuseki.startSeconds + firstPp / 1000);
            startRow.load.add(loadAverage());
            int nodes = json.readTree(Load.body(Load.get(trace + "&weakPoints=false", JSON))).path("nodes").size();
            int ends = json.readTree(Load.body(Load.query(fuseki.base + "/ds/sparql", pp, SPARQL_JSON, ""))).path("results").path("bindings").size();
            results.note("The depth-5 trace answers " + nodes + " nodes (start included); the property-path query " + ends + " end nodes.");
            String ppVirtuoso = "&default-graph-uri=" + Load.encode(SyntheticCluster.GRAPH.getURI());
            if (wants(Measure.trace)) {
                Map<String, Figure> traces = new LinkedHashMap<>();
                traces.put("/api/trace depth 5, default options (weak points on), 1 client", () -> Load.rate(Load.get(trace, JSON), 1, seconds));
                traces.put("/api/trace depth 5, weakPoints=false, 1 client", () -> Load.rate(Load.get(trace + "&weakPoints=false", JSON), 1, seconds));
                compare("req/s", true, traces,
                        withVirtuoso(one("Fuseki 5.6.0 property path", () -> Load.rate(Load.query(fuseki.base + "/ds/sparql", pp, SPARQL_JSON, ""), 1, seconds)),
                                     () -> Load.rate(Load.query(virtuoso.sparql(), pp, SPARQL_JSON, ppVirtuoso), 1, seconds)));
            }
            if (wants(Measure.update))
                update(alukg, fuseki, data, trace + "&weakPoints=false", pp, pp1);
            if (wants(Measure.imports))
                smallImport(alukg, fuseki);
            if (wants(Measure.memory))
                memory(alukg, fuseki, trace);
        }
    }

    private static double time(HttpRequest req) throws Exception {
        long t0 = System.nanoTime();
        Load.body(req);
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * A 2-triple SPARQL update (a new customer of the start firm) while one client traces depth 5 back to back: the time
     * from sending the update until a depth-1 trace shows the new customer, and the tracing client's latencies from
     * sending the update until then ("during") and for {@code seconds} after. Fuseki: the same update on
     * {@code /ds/update}, visible to the depth-1 property path, the tracing client asking the depth-5 property path.
     */
    private void update(Server alukg, Server fuseki, SyntheticData data, String trace, String pp, String pp1) {
        int[] round = {0};
        String alukgTrace1 = alukg.base + "/api/trace?from=" + Load.encode(data.start) + "&direction=downstream&depth=1&weakPoints=false";
        Map<String, double[]> last = new LinkedHashMap<>();
        Figure alukgWrite = () -> {
            double[] r = write(Load.post(alukg.base + "/cluster/update", "application/sparql-update", insert(data.start, "a", ++round[0]),
                                         Targets.USER, Targets.PASSWORD),
                               Load.get(trace, JSON), Load.get(alukgTrace1, JSON), "a" + round[0]);
            last.put("alukg", r);
            return r[0];
        };
        Figure fusekiWrite = () -> {
            double[] r = write(Load.post(fuseki.base + "/ds/update", "application/sparql-update", insert(data.start, "f", round[0]), null, null),
                               Load.query(fuseki.base + "/ds/sparql", pp, SPARQL_JSON, ""),
                               Load.query(fuseki.base + "/ds/sparql", pp1, SPARQL_JSON, ""), "f" + round[0]);
            last.put("fuseki", r);
            return r[0];
        };
        Map<String, Figure> alukgFigures = new LinkedHashMap<>();
        alukgFigures.put("2-triple SPARQL update on the synthetic store: until /api/trace shows it", alukgWrite);
        String[] labels = {"tracing client p50 during the update", "tracing client p99 during the update",
                           "tracing client p50 in the " + Results.number(seconds) + " s after", "tracing client p99 in the " + Results.number(seconds) + " s after"};
        for (int i = 0; i < labels.length; i++) {
            int k = i + 1;
            alukgFigures.put(labels[i] + " (depth-5 trace, weakPoints=false)", () -> last.get("alukg")[k]);
        }
        // the rows of the latencies read the figures of the round's write, so the writes run first in each round
        Map<String, Figure> base = one("Fuseki 5.6.0 (update on /ds/update, property path)", fusekiWrite);
        compareWrites(alukgFigures, base, last, labels.length);
    }

    /** {@link #compare} for the write measure: alukg's write, Fuseki's write, then the latency rows of both. */
    private void compareWrites(Map<String, Figure> alukg, Map<String, Figure> base, Map<String, double[]> last, int latencies) {
        String baseName = base.keySet().iterator().next();
        Figure baseWrite = base.values().iterator().next();
        List<String> names = List.copyOf(alukg.keySet());
        for (int r = 1; r <= rounds; r++) {
            double load = loadAverage();
            try {
                double a = alukg.get(names.get(0)).measure();
                double b = baseWrite.measure();
                add(names.get(0), "ms", baseName, a, b, load);
                for (int i = 1; i <= latencies; i++)
                    add(names.get(i), "ms", baseName, last.get("alukg")[i], last.get("fuseki")[i], load);
                progress(String.format(Locale.ROOT, "round %d/%d, load %.2f: write visible alukg %.0f ms, Fuseki %.0f ms; "
                                       + "p99 during %.1f / %.1f ms, after %.1f / %.1f ms", r, rounds, load, a, b,
                                       last.get("alukg")[2], last.get("fuseki")[2], last.get("alukg")[4], last.get("fuseki")[4]));
            } catch (Exception e) {
                results.note("the write while tracing failed in round " + r + ": " + message(e));
                progress("write while tracing failed: " + message(e));
                return;
            }
        }
    }

    private void add(String measure, String unit, String baseline, double a, double b, double load) {
        Results.Row row = results.row(measure, unit, baseline, false);
        row.alukg.add(a);
        row.base.add(b);
        row.load.add(load);
    }

    private static String insert(String start, String who, int round) {
        String fresh = SyntheticCluster.NS + "id/firm/bench-" + who + round + "-" + System.nanoTime();
        return "INSERT DATA { GRAPH <" + SyntheticCluster.GRAPH.getURI() + "> { <" + start + "> <" + Alu.suppliesTo.getURI() + "> <"
               + fresh + "> . <" + fresh + "> <http://www.w3.org/2000/01/rdf-schema#label> \"Bench firm " + who + round + "\"@en } }";
    }

    /** {visible ms, p50 during, p99 during, p50 after, p99 after}. */
    private double[] write(HttpRequest update, HttpRequest probe, HttpRequest check, String tag) throws Exception {
        String marker = "firm/bench-" + tag + "-";
        try (Load.Prober prober = new Load.Prober(probe)) {
            Thread.sleep((long) (seconds * 500));
            long t0 = System.nanoTime();
            Load.body(update);
            while (!Load.body(check).contains(marker))
                if (System.nanoTime() - t0 > 300e9)
                    throw new IllegalStateException("the update did not show in 300 s");
            long visible = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long end = System.nanoTime();
            double[] during = prober.overlapping(t0, visible), after = prober.millis(visible, end);
            return new double[] {(visible - t0) / 1e6, Load.percentile(during, 50), Load.percentile(during, 99),
                                 Load.percentile(after, 50), Load.percentile(after, 99)};
        }
    }

    /** A 2-triple import through alukg's gate (SHACL on) against Fuseki's Graph Store Protocol POST of the same. */
    private void smallImport(Server alukg, Server fuseki) {
        int[] round = {0};
        String turtle = "<https://example.org/bench/thing> <https://example.org/bench/p> \"one\" , \"two\" .\n";
        compare("ms", false,
                one("2-triple import into the synthetic store (SHACL on), POST /api/imports", () -> time(Load.post(
                    alukg.base + "/api/imports?name=bench-small-" + (++round[0]) + "-" + System.currentTimeMillis(), "text/turtle", turtle,
                    Targets.USER, Targets.PASSWORD))),
                one("Fuseki 5.6.0 Graph Store POST (no validation)", () -> time(Load.post(
                    fuseki.base + "/ds/data?graph=" + Load.encode("https://example.org/bench/graph/" + round[0] + "-" + System.currentTimeMillis()),
                    "text/turtle", turtle, null, null))));
    }

    /**
     * Peak resident memory while 16 clients go round a mix for 3 × {@code seconds}: a GROUP BY over the supply
     * relationships, the HTML and Turtle page of a thing, the depth-5 trace (Fuseki: the same GROUP BY, DESCRIBE twice,
     * the property path).
     */
    private void memory(Server alukg, Server fuseki, String trace) {
        String groupBy = "PREFIX alu: <" + Alu.NS + "> SELECT ?product (COUNT(?r) AS ?n) WHERE { ?r alu:product ?product } GROUP BY ?product";
        String pp = TraceBenchmark.propertyPathQuery(Direction.downstream, 5);
        String start = trace.substring(trace.indexOf("from=") + 5, trace.indexOf('&'));
        String ppStart = pp.replace("?start", "<" + java.net.URLDecoder.decode(start, StandardCharsets.UTF_8) + ">");
        List<HttpRequest> alukgMix = List.of(Load.query(alukg.base + "/cluster/sparql", groupBy, SPARQL_JSON, ""),
                                             Load.get(alukg.base + "/doc/site/alouette.html", "text/html"),
                                             Load.get(alukg.base + "/doc/site/alouette.ttl", "text/turtle"), Load.get(trace, JSON));
        HttpRequest describe = Load.query(fuseki.base + "/ds/sparql", "DESCRIBE <" + Alu.BASE + "id/site/alouette>", "text/turtle", "");
        List<HttpRequest> fusekiMix = List.of(Load.query(fuseki.base + "/ds/sparql", groupBy, SPARQL_JSON, ""), describe, describe,
                                              Load.query(fuseki.base + "/ds/sparql", ppStart, SPARQL_JSON, ""));
        compare("MiB", false, one("resident memory (VmRSS peak), 16 clients of a mixed load on the synthetic store, -Xmx" + heap,
                                  () -> peakRss(alukg, alukgMix)),
                one("Fuseki 5.6.0, same heap", () -> peakRss(fuseki, fusekiMix)));
    }

    private double peakRss(Server s, List<HttpRequest> mix) throws Exception {
        double[] peak = {s.rssMiB()};
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], s.rssMiB());
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // stopped
            }
        });
        sampler.start();
        try {
            Load.rate(mix, 16, seconds * 3);
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        return Math.max(peak[0], s.rssMiB());
    }

    // ---- bulk imports: alukg import against tdb2.tdbloader into a named graph of a non-empty store ----

    private void bulk() throws Exception {
        Path file = work.resolve("bulk-" + triples + ".nt");
        if (!Files.isRegularFile(file))
            ImportBenchmark.generate(file, triples);
        Path alukgT = alukgCuratedTemplate(), fusekiT = fusekiCuratedTemplate();
        Path a = stores.resolve("bulk-alukg"), f = stores.resolve("bulk-fuseki");
        String graph = Alu.GRAPH + "import/bulk";
        Map<String, Figure> alukg = new LinkedHashMap<>();
        alukg.put(String.format(Locale.ROOT, "alukg import --no-validate of %,d triples into a named graph of the curated store", triples), () -> {
            Targets.copy(alukgT, a);
            return triples / targets.alukg("import", "--no-validate", "--name", "bulk", "--db", a.toString(), file.toString());
        });
        alukg.put(String.format(Locale.ROOT, "alukg import (SHACL on) of the same %,d triples", triples), () -> {
            Targets.copy(alukgT, a);
            return triples / targets.alukg("import", "--name", "bulk", "--db", a.toString(), file.toString());
        });
        compare("triples/s", true, alukg, one("tdb2.tdbloader --graph, same file, same kind of store", () -> {
            Targets.copy(fusekiT, f);
            return triples / targets.tdbloader(f, graph, List.of(file));
        }));
        Targets.delete(a);
        Targets.delete(f);
    }

    // ---- a fresh start on the curated data ----

    private void freshStart() throws Exception {
        Path a = stores.resolve("fresh-alukg"), f = stores.resolve("fresh-fuseki");
        List<Path> files = curatedFiles();
        compare("s", false, one("fresh start on the curated data: alukg serve on an empty store until /$/ready", () -> {
            Targets.delete(a);
            try (Server s = targets.alukgServe(a)) {
                return s.startSeconds;
            }
        }), one("tdb2.tdbloader of the same files + Fuseki 5.6.0 until a query answers", () -> {
            Targets.delete(f);
            double load = targets.tdbloader(f, CURATED_GRAPH, files);
            try (Server s = targets.fuseki(f, true)) {
                return load + s.startSeconds;
            }
        }));
    }

    // ---- the Berlin SPARQL Benchmark, explore use case ----

    private void bsbm() throws Exception {
        if (!Files.isDirectory(bsbmLib))
            throw new IllegalStateException("missing: " + bsbmLib + " (bench/compare copies the BSBM jars there)");
        Path dir = work.resolve("bsbm-" + products).toAbsolutePath();
        Path dataset = dir.resolve("dataset.nt");
        if (!Files.isRegularFile(dataset)) {
            Files.createDirectories(dir);
            bsbmTool(dir, "benchmark.generator.Generator", "-pc", Integer.toString(products), "-s", "nt", "-fn", "dataset", "-dir", "td_data");
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
                                               () -> bsbmDrive(dir, alukg.base + "/cluster/sparql", null)),
                    withVirtuoso(one("Fuseki 5.6.0 /ds/sparql", () -> bsbmDrive(dir, fuseki.base + "/ds/sparql", null)),
                                 () -> bsbmDrive(dir, virtuoso.sparql(), BSBM_GRAPH)));
        }
    }

    private static final Pattern QMPH = Pattern.compile("QMpH:\\s+([0-9.]+)");

    private double bsbmDrive(Path dir, String endpoint, String graph) throws Exception {
        List<String> args = new ArrayList<>(List.of("-runs", Integer.toString(bsbmRuns), "-w", Integer.toString(Math.max(1, bsbmRuns / 5)),
                                                    "-idir", "td_data", "-o", "result.xml"));
        if (graph != null)
            args.addAll(List.of("-dg", graph));
        args.add(endpoint);
        String output = bsbmTool(dir, "benchmark.testdriver.TestDriver", args.toArray(String[]::new));
        Matcher m = QMPH.matcher(output);
        if (!m.find())
            throw new IllegalStateException("the BSBM driver printed no QMpH for " + endpoint);
        return Double.parseDouble(m.group(1));
    }

    private String bsbmTool(Path dir, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                                                   "-cp", bsbmLib.toAbsolutePath() + "/*", main));
        cmd.addAll(List.of(args));
        Path log = dir.resolve(main.substring(main.lastIndexOf('.') + 1) + ".log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0)
            throw new IllegalStateException(main + " exited " + p.exitValue() + "; its log: " + log);
        return Files.readString(log);
    }

    // ---- the header of the results ----

    private String header(Instant began, String loadBefore) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                          .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                          .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0)).orElse("?");
        return String.format(Locale.ROOT, """
            # alukg against stock Fuseki 5.6.0%s

            Run %s to %s (UTC). Machine: %d cores (%s), %s memory, Java %s, %s %s; load average before the run: %s.
            Options: %d rounds, %s s a throughput figure, %,d synthetic firms, %,d triples of bulk import, BSBM %,d products,
            -Xmx%s for every JVM target (and Virtuoso's buffer pool about as large). Rerun: bench/compare%s

            """, virtuoso != null ? " and Virtuoso 7" : "", began.truncatedTo(ChronoUnit.SECONDS), Instant.now().truncatedTo(ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(), cpu, mem, System.getProperty("java.version"), System.getProperty("os.name"),
            System.getProperty("os.version"), loadBefore, rounds, Results.number(seconds), firms, triples, products, heap,
            quick ? " --quick" : "");
    }
}
