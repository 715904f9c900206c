package org.alukg.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.alukg.vocab.Alu;

/**
 * What every part of the comparison shares: the settings, the table, the targets, the curated stores every part
 * starts from, and the interleaved rounds.
 */
abstract class Phase {
    /** The settings of a run (see {@link Compare} for what each means). */
    record Settings(int rounds, int validatedRounds, double seconds, int firms, int triples, int products, int bsbmRuns,
                    String heap, Path work, Path bsbmLib, Set<Compare.Measure> measures) {}

    static final String CURATED_GRAPH = Alu.GRAPH + "curated";
    static final String JSON = "application/json", SPARQL_JSON = "application/sparql-results+json";

    final Settings settings;
    final Results results;
    final Targets targets;
    /** null when Virtuoso is not installed or left out. */
    final Virtuoso.Instance virtuoso;
    final int rounds;
    final double seconds;
    final Path work, stores;

    Phase(Settings settings, Results results, Targets targets, Virtuoso.Instance virtuoso) {
        this.settings = settings;
        this.results = results;
        this.targets = targets;
        this.virtuoso = virtuoso;
        this.rounds = settings.rounds();
        this.seconds = settings.seconds();
        this.work = settings.work();
        this.stores = settings.work().resolve("stores");
    }

    /** Runs the measures of this part that the settings ask for. */
    abstract void run() throws Exception;

    boolean wants(Compare.Measure... any) {
        for (Compare.Measure m : any)
            if (settings.measures().contains(m))
                return true;
        return false;
    }


    /** One figure of one target in one round. */
    interface Figure { double measure() throws Exception; }

    /**
     * Runs every round: each alukg figure, then each baseline, one after the other; adds a row for every pair
     * (alukg figure, baseline). A baseline that fails is dropped and noted; a failing alukg figure ends the measure,
     * noted.
     */
    void compare(String unit, boolean higherIsBetter, Map<String, Figure> alukg, Map<String, Figure> baselines) {
        compare(rounds, unit, higherIsBetter, alukg, baselines);
    }

    /** The same with its own number of rounds (for a measure too slow for every round). */
    void compare(int rounds, String unit, boolean higherIsBetter, Map<String, Figure> alukg, Map<String, Figure> baselines) {
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

    void add(String measure, String unit, String baseline, double a, double b, double load) {
        Results.Row row = results.row(measure, unit, baseline, false);
        row.alukg.add(a);
        row.base.add(b);
        row.load.add(load);
    }

    private static String figures(Map<String, Double> values, String unit) {
        StringBuilder s = new StringBuilder();
        values.forEach((k, v) -> s.append(s.isEmpty() ? "" : "; ").append(k).append(' ').append(Results.number(v)).append(' ').append(unit));
        return s.toString();
    }

    static String message(Exception e) { return e.getMessage() == null ? e.toString() : e.getMessage(); }

    static void progress(String line) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    static Map<String, Figure> one(String name, Figure f) {
        Map<String, Figure> m = new LinkedHashMap<>();
        m.put(name, f);
        return m;
    }

    // ---- the curated stores every part starts from ----

    static List<Path> curatedFiles() throws IOException {
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
    Path alukgCuratedTemplate() throws Exception {
        Path t = stores.resolve("alukg-curated-template");
        if (!Files.isDirectory(t)) {
            targets.alukg("load", "--db", t.toString());
        }
        return t;
    }

    /** Fuseki's store with the same files, in a named graph (Fuseki serves the union as its default graph). */
    Path fusekiCuratedTemplate() throws Exception {
        Path t = stores.resolve("fuseki-curated-template");
        if (!Files.isDirectory(t))
            targets.tdbloader(t, CURATED_GRAPH, curatedFiles());
        return t;
    }
    Map<String, Figure> withVirtuoso(Map<String, Figure> baselines, Figure v) {
        Map<String, Figure> m = new LinkedHashMap<>(baselines);
        if (virtuoso != null)
            m.put("Virtuoso 7", v);
        return m;
    }

    static double time(HttpRequest req) throws Exception {
        long t0 = System.nanoTime();
        Load.body(req);
        return (System.nanoTime() - t0) / 1e6;
    }
}
