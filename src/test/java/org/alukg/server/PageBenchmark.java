package org.alukg.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.store.Store;

/**
 * Pages of a thing against the SPARQL {@code DESCRIBE} of the same IRI, on one server with the curated data:
 * {@code /doc/site/alouette.html} and {@code .ttl} against {@code DESCRIBE <…/id/site/alouette>} on
 * {@code /cluster/sparql} (Fuseki's own endpoint, as stock Fuseki answers it), in Turtle. Each round measures every
 * target for {@code seconds} at concurrency 1 and 16, targets interleaved, and prints requests per second and the
 * ratio page / DESCRIBE. A measurement to read, not a test.
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx2g -Dalukg.requestLog=WARN -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alukg.server.PageBenchmark seconds=10 rounds=3
 * </pre>
 */
public final class PageBenchmark {
    public static void main(String[] args) throws Exception {
        int seconds = 10, rounds = 3;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "seconds" -> seconds = Integer.parseInt(kv[1]);
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument: " + a);
            }
        }
        try (Store store = Store.inMemory()) {
            AlukgServer server = BenchmarkServer.curated(store, Settings.defaults().withServer(ServerConfig.defaults().withPort(0)
                .withMaxConcurrentQueries(64)));
            try {
                String base = server.baseUrl();
                String describe = base + "/cluster/sparql?query=" + URLEncoder.encode(
                    "DESCRIBE <https://w3id.org/alukg/id/site/alouette>", StandardCharsets.UTF_8);
                String[][] targets = {{"page .html", base + "/doc/site/alouette.html", "text/html"},
                                      {"page .ttl", base + "/doc/site/alouette.ttl", "text/turtle"},
                                      {"DESCRIBE", describe, "text/turtle"}};
                System.out.printf(Locale.ROOT, "pages against DESCRIBE: %d s a target, %d rounds, %d cores%n", seconds,
                                  rounds, Runtime.getRuntime().availableProcessors());
                System.out.println("round conc | html req/s | ttl req/s | DESCRIBE req/s | html/DESCRIBE | ttl/DESCRIBE");
                for (int r = 1; r <= rounds; r++)
                    for (int conc : new int[] {1, 16}) {
                        double[] rps = new double[targets.length];
                        for (int t = 0; t < targets.length; t++)
                            rps[t] = rate(URI.create(targets[t][1]), targets[t][2], conc, seconds);
                        System.out.printf(Locale.ROOT, "%5d %4d | %10.0f | %9.0f | %14.0f | %13.2f | %12.2f%n", r, conc,
                                          rps[0], rps[1], rps[2], rps[0] / rps[2], rps[1] / rps[2]);
                    }
            } finally {
                server.stop();
            }
        }
    }

    /** Requests per second answered 200 by {@code conc} clients asking {@code uri} back to back. */
    private static double rate(URI uri, String accept, int conc, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(30)).build();
        for (int i = 0; i < 50; i++)
            http.send(req, HttpResponse.BodyHandlers.discarding()); // warm
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(conc);
        List<Future<Long>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < conc; c++)
            done.add(pool.submit(() -> {
                long ok = 0;
                while (System.nanoTime() < end)
                    if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                        ok++;
                return ok;
            }));
        long ok = 0;
        for (Future<Long> f : done)
            ok += f.get();
        pool.shutdown();
        return ok / ((System.nanoTime() - start) / 1e9);
    }
}
