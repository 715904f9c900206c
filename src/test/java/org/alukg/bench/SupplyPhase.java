package org.alukg.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.trace.Direction;
import org.alukg.trace.SyntheticCluster;
import org.alukg.trace.TraceBenchmark;
import org.alukg.vocab.Alu;

/**
 * On the synthetic supply network (plus the curated data): traces against the property-path query, a write while a
 * client traces, a small import, and resident memory under a mixed load.
 */
final class SupplyPhase extends Phase {
    private final int firms;
    private final String heap;

    SupplyPhase(Settings settings, Results results, Targets targets, Virtuoso.Instance virtuoso) {
        super(settings, results, targets, virtuoso);
        this.firms = settings.firms();
        this.heap = settings.heap();
    }

    private final ObjectMapper json = new ObjectMapper();

    @Override
    void run() throws Exception {
        if (!wants(Compare.Measure.trace, Compare.Measure.update, Compare.Measure.imports, Compare.Measure.memory))
            return;
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
            if (wants(Compare.Measure.trace)) {
                Map<String, Figure> traces = new LinkedHashMap<>();
                traces.put("/api/trace depth 5, default options (weak points on), 1 client", () -> Load.rate(Load.get(trace, JSON), 1, seconds));
                traces.put("/api/trace depth 5, weakPoints=false, 1 client", () -> Load.rate(Load.get(trace + "&weakPoints=false", JSON), 1, seconds));
                compare("req/s", true, traces,
                        withVirtuoso(one("Fuseki 5.6.0 property path", () -> Load.rate(Load.query(fuseki.base + "/ds/sparql", pp, SPARQL_JSON, ""), 1, seconds)),
                                     () -> Load.rate(Load.query(virtuoso.sparql(), pp, SPARQL_JSON, ppVirtuoso), 1, seconds)));
            }
            if (wants(Compare.Measure.update))
                update(alukg, fuseki, data, trace + "&weakPoints=false", pp, pp1);
            if (wants(Compare.Measure.imports))
                smallImport(alukg, fuseki);
            if (wants(Compare.Measure.memory))
                memory(alukg, fuseki, trace);
        }
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

    /**
     * A 2-triple import through alukg's gate (SHACL on) against Fuseki's Graph Store Protocol POST of the same. Each
     * round imports triples of its own: an import whose content was imported before is answered "unchanged" without
     * validating or writing anything.
     */
    private void smallImport(Server alukg, Server fuseki) {
        String[] turtle = new String[1];
        Figure alukgImport = () -> {
            String tag = System.nanoTime() + "";
            turtle[0] = "<https://example.org/bench/thing-" + tag + "> <https://example.org/bench/p> \"one\" , \"two\" .\n";
            return time(Load.post(alukg.base + "/api/imports?name=bench-small-" + tag, "text/turtle", turtle[0], Targets.USER, Targets.PASSWORD));
        };
        compare("ms", false, one("2-triple import into the synthetic store (SHACL on), POST /api/imports", alukgImport),
                one("Fuseki 5.6.0 Graph Store POST (no validation)", () -> time(Load.post(
                    fuseki.base + "/ds/data?graph=" + Load.encode("https://example.org/bench/graph/" + System.nanoTime()),
                    "text/turtle", turtle[0], null, null))));
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
}
