package org.alukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alukg.server.ReadinessAndMetricsTest;
import org.alukg.testing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM stops the server the way a service manager expects: no new requests, the ones in flight finish within the
 * grace period with their answers, then the process exits 0 (issue "Safe to put on the internet", hole 9).
 */
class GracefulStopTest {
    @TempDir Path home;

    @Test
    void sigtermLetsAQueryInFlightFinishAndExitsZero() throws Exception {
        ContentTree.FIXTURE.copyTo(home);
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dalukg.requestLog=WARN", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--home", home.toString(), "--mem", "--grace", "60", "--timeout", "120"))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("SPARQL (http://127\\.0\\.0\\.1:\\d+/cluster/sparql)").matcher(String.valueOf(line));
            assertTrue(m.find(), "start-up line: " + line);
            String slow = m.group(1) + "?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", StandardCharsets.UTF_8);
            HttpClient http = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create(slow)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
            awaitInFlight(http, m.group(1).replace("/cluster/sparql", "/$/metrics"));
            new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
            HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("n"), "the query in flight got its whole answer: " + r.body());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops after SIGTERM");
            assertEquals(0, p.exitValue(), "exit code after SIGTERM");
        } finally {
            p.destroyForcibly();
        }
    }

    /** Waits until the server is answering the slow query: two requests in flight, it and the scrape asking. */
    private static void awaitInFlight(HttpClient http, String metrics) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        double active = 0;
        while (System.nanoTime() < until) {
            String text = http.send(HttpRequest.newBuilder(URI.create(metrics)).build(), HttpResponse.BodyHandlers.ofString()).body();
            active = ReadinessAndMetricsTest.metric(text, "alukg_http_requests_active_seconds_count", null);
            if (active >= 2)
                return;
            Thread.sleep(50);
        }
        throw new AssertionError("the slow query never showed in flight: " + active + " requests active");
    }
}
