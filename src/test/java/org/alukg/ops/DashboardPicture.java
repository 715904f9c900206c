package org.alukg.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alukg.testing.Chromium;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * A picture of the Grafana dashboard's panels from a real run, for the operations guide: Prometheus (Debian's
 * {@code prometheus}) scrapes a running alukg server's {@code /$/metrics} every second while this tool sends it a mix
 * of requests (pages, named queries, SPARQL, traces, unknown paths, imports and a refused one, a backup); then each
 * panel's own PromQL, read from {@code docs/grafana/alukg-dashboard.json}, is evaluated by that Prometheus over the run,
 * drawn with uPlot in headless Chromium, and the page saved as a PNG. Grafana itself (AGPL) is not a tool this project
 * may install; the expressions, panel titles and layout are the dashboard's, with their windows shortened to fit a run
 * of minutes ({@code [5m]} to {@code [30s]}, {@code [1h]} to {@code [2m]}).
 *
 * <pre>
 * ALUKG_PASSWORD=secret java -jar target/alukg.jar serve --user admin &amp;
 * ALUKG_PASSWORD=secret java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.alukg.ops.DashboardPicture \
 *     url=http://127.0.0.1:3030 seconds=150 out=docs/grafana/dashboard.png
 * </pre>
 */
public final class DashboardPicture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>(Map.of("url", "http://127.0.0.1:3030", "seconds", "150",
                                                            "out", "docs/grafana/dashboard.png", "user", "admin"));
        for (String arg : args)
            a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        String url = a.get("url");
        String credentials = a.get("user") + ":" + System.getenv().getOrDefault("ALUKG_PASSWORD", "");
        Path work = Files.createTempDirectory("alukg-dashboard-");
        int promPort;
        try (ServerSocket s = new ServerSocket(0)) {
            promPort = s.getLocalPort();
        }
        URI target = URI.create(url);
        Files.writeString(work.resolve("prometheus.yml"), """
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: alukg
                metrics_path: /$/metrics
                static_configs:
                  - targets: ['%s:%d']
            """.formatted(target.getHost(), target.getPort()));
        Process prometheus = new ProcessBuilder("prometheus", "--config.file=" + work.resolve("prometheus.yml"),
                                                "--storage.tsdb.path=" + work.resolve("data"),
                                                "--web.listen-address=127.0.0.1:" + promPort)
            .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
        String prom = "http://127.0.0.1:" + promPort;
        try {
            Instant start = Instant.now();
            drive(url, credentials, Duration.ofSeconds(Long.parseLong(a.get("seconds"))));
            Thread.sleep(3_000); // the last scrapes
            Instant end = Instant.now();
            JsonNode dashboard = JSON.readTree(Path.of("docs/grafana/alukg-dashboard.json").toFile());
            ArrayNode panels = JSON.createArrayNode();
            for (JsonNode panel : dashboard.get("panels")) {
                ObjectNode p = panels.addObject();
                p.put("title", panel.get("title").asText());
                p.put("unit", panel.path("fieldConfig").path("defaults").path("unit").asText(""));
                ArrayNode series = p.putArray("series");
                for (JsonNode t : panel.get("targets"))
                    for (JsonNode s : rangeQuery(prom, t.get("expr").asText().replace("[5m]", "[30s]").replace("[1h]", "[2m]"),
                                                 start, end))
                        series.add(s);
            }
            Path out = Path.of(a.get("out"));
            byte[] png = draw(dashboard.get("title").asText(), panels, work);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, png);
            System.out.println("wrote " + out + " (" + png.length + " bytes, " + panels.size() + " panels, "
                               + Duration.between(start, end).toSeconds() + " s of traffic)");
        } finally {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Requests of every kind the dashboard counts, until {@code length} has passed. */
    private static void drive(String url, String credentials, Duration length) throws Exception {
        Instant until = Instant.now().plus(length);
        String auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        byte[] csv = Files.readAllBytes(Path.of("docs/import/example-inventory.csv"));
        byte[] json = Files.readAllBytes(Path.of("docs/import/example-inventory.json"));
        List<String> reads = List.of("/doc/site/becancour", "/doc/org/alcoa", "/api/queries/smelters?format=csv",
                                     "/api/queries/owners?facility=site/alouette", "/api/trace?from=site/becancour&direction=downstream&depth=3",
                                     "/api/trace?from=site/alma&direction=downstream&depth=2&format=svg", "/id/org/no-such-firm",
                                     "/cluster/sparql?query=" + URLEncoder.encode(
                                         "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8),
                                     "/void", "/api/queries/no-such-query");
        int round = 0;
        while (Instant.now().isBefore(until)) {
            for (String path : reads)
                send(HttpRequest.newBuilder(URI.create(url + path)).GET());
            if (round % 10 == 0) // the CSV and the JSON inventory in turn under one name: each replace writes
                send(HttpRequest.newBuilder(URI.create(url + "/api/imports?name=example&replace=true"))
                         .header("Authorization", auth).header("Content-Type", round % 20 == 0 ? "text/csv" : "application/json")
                         .POST(HttpRequest.BodyPublishers.ofByteArray(round % 20 == 0 ? csv : json)));
            if (round % 15 == 7)
                send(HttpRequest.newBuilder(URI.create(url + "/api/imports?name=broken"))
                         .header("Authorization", auth).header("Content-Type", "text/turtle")
                         .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> .")));
            if (round % 40 == 20)
                send(HttpRequest.newBuilder(URI.create(url + "/$/backup")).header("Authorization", auth)
                         .POST(HttpRequest.BodyPublishers.noBody()));
            round++;
            Thread.sleep(150);
        }
    }

    private static void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The series of {@code expr} over the run from Prometheus, each {"name", "points": [[seconds, value], …]}. */
    private static List<JsonNode> rangeQuery(String prom, String expr, Instant start, Instant end) throws Exception {
        String q = prom + "/api/v1/query_range?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8)
                   + "&start=" + start.getEpochSecond() + "&end=" + end.getEpochSecond() + "&step=2";
        JsonNode answer = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(q)).build(),
                                                  HttpResponse.BodyHandlers.ofString()).body());
        if (!"success".equals(answer.path("status").asText()))
            throw new IllegalStateException("Prometheus refused " + expr + ": " + answer);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : answer.path("data").path("result")) {
            ObjectNode s = JSON.createObjectNode();
            List<String> labels = new ArrayList<>();
            r.path("metric").fields().forEachRemaining(e -> {
                if (!List.of("job", "instance", "application").contains(e.getKey()))
                    labels.add(e.getValue().asText());
            });
            s.put("name", labels.isEmpty() ? expr : String.join(" ", labels));
            ArrayNode points = s.putArray("points");
            for (JsonNode v : r.path("values")) {
                double value = Double.parseDouble(v.get(1).asText());
                if (!Double.isNaN(value))
                    points.addArray().add(v.get(0).asDouble() - start.getEpochSecond()).add(value);
            }
            out.add(s);
        }
        return out;
    }

    /** The panels drawn with uPlot in headless Chromium: the page as a PNG. */
    private static byte[] draw(String title, ArrayNode panels, Path work) throws IOException {
        String base = "META-INF/resources/webjars/uplot/1.6.30/dist/";
        Path page = work.resolve("dashboard.html");
        Files.writeString(page, """
            <!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>%s
            body{font:13px sans-serif;background:#111217;color:#ccccdc;margin:12px}
            h1{font-size:16px;margin:0 0 8px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:10px}
            .panel{background:#181b1f;border:1px solid #2c3235;padding:6px}.panel h2{font-size:13px;margin:0 0 4px}
            .u-legend{color:#ccccdc}</style><script>%s</script></head><body><h1>%s</h1><div class="grid" id="grid"></div>
            <script>
            const panels = %s;
            const colours = ['#73bf69','#f2cc0c','#8ab8ff','#ff780a','#f2495c','#5794f2','#b877d9','#fade2a','#96d98d','#ffb357'];
            for (const p of panels) {
              const div = document.createElement('div'); div.className = 'panel';
              div.innerHTML = '<h2></h2>'; div.firstChild.textContent = p.title; document.getElementById('grid').appendChild(div);
              const xs = [...new Set(p.series.flatMap(s => s.points.map(v => v[0])))].sort((a, b) => a - b);
              const data = [xs].concat(p.series.map(s => { const m = new Map(s.points); return xs.map(x => m.has(x) ? m.get(x) : null); }));
              const series = [{label: 's'}].concat(p.series.map((s, i) => ({label: s.name, stroke: colours[i %% colours.length], width: 1.5, spanGaps: true})));
              const bytes = p.unit === 'bytes';
              new uPlot({width: 660, height: 200, series, scales: {x: {time: false}}, legend: {live: false},
                         axes: [{stroke: '#ccccdc', grid: {stroke: '#2c3235'}, label: 'seconds into the run'},
                                {stroke: '#ccccdc', grid: {stroke: '#2c3235'}, size: 80,
                                 values: (u, vals) => vals.map(v => bytes ? (v / 1048576).toFixed(0) + ' MiB' : String(+v.toPrecision(3)))}]}, data, div);
            }
            </script></body></html>
            """.formatted(title, resource(base + "uPlot.min.css"), resource(base + "uPlot.iife.min.js"), title,
                          JSON.writeValueAsString(panels)));
        return Chromium.with(driver -> {
            driver.manage().window().setSize(new Dimension(1400, 1250));
            driver.get(page.toUri().toString());
            return driver.getScreenshotAs(OutputType.BYTES);
        });
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DashboardPicture.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null)
                throw new IOException("not on the class path: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
