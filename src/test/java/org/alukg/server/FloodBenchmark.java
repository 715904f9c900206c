package org.alukg.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.store.Store;

/**
 * What a flood of heavy queries does to the rest of the server: a prober asks {@code /$/ping} every 20 ms and the
 * page of the Alma smelter every 100 ms, first on a quiet server and then while {@code clients} threads send a heavy
 * query (a cross join that runs until the query timeout) as fast as they are answered, in interleaved rounds on the
 * same server and data. Prints per round and phase the p50, p99 and highest latency of ping and page and what the
 * flood got (answered, shed with 503, other). A measurement to read, not a test: nothing here passes or fails.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alukg.server.FloodBenchmark clients=128 seconds=20 rounds=2
 * </pre>
 * With {@code url=http://127.0.0.1:3030} it floods a server already running instead (its data must hold site/alma).
 */
public final class FloodBenchmark {
    static final String HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    public static void main(String[] args) throws Exception {
        int clients = 128, seconds = 20, rounds = 2, cap = ServerConfig.defaults().maxConcurrentQueries();
        String url = null;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "clients" -> clients = Integer.parseInt(kv[1]);
                case "seconds" -> seconds = Integer.parseInt(kv[1]);
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                case "cap" -> cap = Integer.parseInt(kv[1]);
                case "url" -> url = kv[1];
                default -> throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        if (url != null) { // a server already running, e.g. the built jar whose memory is being measured
            System.out.printf(Locale.ROOT, "flood: %d clients, %d s a phase, %d rounds, against %s%n", clients, seconds,
                              rounds, url);
            System.out.println(HEADER);
            for (int r = 1; r <= rounds; r++) {
                phase(url, r, "quiet", 0, seconds);
                phase(url, r, "flood", clients, seconds);
            }
            return;
        }
        try (Store store = Store.inMemory()) {
            Settings settings = Settings.defaults().withServer(ServerConfig.defaults().withPort(0)
                .withTimeout(Duration.ofSeconds(10)).withMaxConcurrentQueries(cap));
            AlukgServer server = BenchmarkServer.curated(store, settings);
            try {
                System.out.printf(Locale.ROOT, "flood: %d clients, %d s a phase, %d rounds, %d cores, max %d queries at once%n",
                                  clients, seconds, rounds, Runtime.getRuntime().availableProcessors(),
                                  settings.server().maxConcurrentQueries());
                System.out.println(HEADER);
                for (int r = 1; r <= rounds; r++) {
                    phase(server.baseUrl(), r, "quiet", 0, seconds);
                    phase(server.baseUrl(), r, "flood", clients, seconds);
                }
            } finally {
                server.stop();
            }
        }
    }

    private static final String HEADER =
        "round phase  | ping p50 p99 max (ms) | page p50 p99 max (ms) | flood answered shed other | load";

    private static void phase(String base, int round, String name, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong(), shed = new AtomicLong(), other = new AtomicLong();
        ExecutorService flood = Executors.newFixedThreadPool(Math.max(1, clients));
        URI heavy = URI.create(base + "/cluster/sparql?query=" + URLEncoder.encode(HEAVY, StandardCharsets.UTF_8));
        for (int c = 0; c < clients; c++)
            flood.submit(() -> {
                while (running.get()) {
                    try {
                        int s = http.send(HttpRequest.newBuilder(heavy).timeout(Duration.ofSeconds(60)).build(),
                                          HttpResponse.BodyHandlers.discarding()).statusCode();
                        (s == 200 ? answered : s == 503 ? shed : other).incrementAndGet();
                        if (s == 503)
                            Thread.sleep(50);
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
                return null;
            });
        if (clients > 0)
            Thread.sleep(2000); // the flood is on before the probes start
        List<Double> ping = new ArrayList<>(), page = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        URI pingUri = URI.create(base + "/$/ping"), pageUri = URI.create(base + "/doc/site/alma.html");
        for (int i = 0; System.nanoTime() < end; i++) {
            ping.add(timed(http, pingUri));
            if (i % 5 == 0)
                page.add(timed(http, pageUri));
            Thread.sleep(20);
        }
        running.set(false);
        flood.shutdown();
        flood.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "%5d %-6s | %6.1f %6.1f %6.1f     | %6.1f %6.1f %6.1f     | %6d %6d %5d  | %s%n",
                          round, name, pct(ping, 50), pct(ping, 99), pct(ping, 100), pct(page, 50), pct(page, 99),
                          pct(page, 100), answered.get(), shed.get(), other.get(), loadAverage());
    }

    private static double timed(HttpClient http, URI uri) {
        long t = System.nanoTime();
        try {
            int s = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                              HttpResponse.BodyHandlers.discarding()).statusCode();
            if (s != 200)
                return Double.POSITIVE_INFINITY;
        } catch (Exception e) {
            return Double.POSITIVE_INFINITY;
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static double pct(List<Double> xs, int p) {
        if (xs.isEmpty())
            return Double.NaN;
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
