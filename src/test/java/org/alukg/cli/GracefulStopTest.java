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
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                HttpRequest.newBuilder(URI.create(slow)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
            HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("n"), "the query in flight got its whole answer: " + r.body());
            assertTrue(ms > 500, "it was still running when SIGTERM came (" + ms + " ms)");
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops after SIGTERM");
            assertEquals(0, p.exitValue(), "exit code after SIGTERM");
        } finally {
            p.destroyForcibly();
        }
    }
}
