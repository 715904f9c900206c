package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /$/ready} is 200 only when the trace snapshot is built for the current data: a committed write makes it 503
 * with {@code Retry-After} until the rebuild it starts is done; {@code /$/ping} answers all along. {@code /$/metrics}
 * carries, besides Fuseki's, requests by route and status class with latency histograms, imports by result and the
 * store's size and data version.
 */
public class ReadinessAndMetricsTest {
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    @RegisterExtension static final Curated curated = Curated.project();
    private static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "secret")); }

    static HttpResponse<String> untilReady() throws Exception {
        HttpResponse<String> r = server.get("/$/ready");
        for (int i = 0; i < 300 && r.statusCode() != 200; i++) {
            Thread.sleep(100);
            r = server.get("/$/ready");
        }
        return r;
    }

    public static double metric(String text, String name, String labels) {
        String within = labels == null ? "(?:\\{[^}]*})?" : "\\{(?:[^}]*,)?" + Pattern.quote(labels) + "(?:,[^}]*)?}";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + within + " ([0-9.eE+-]+)$")
            .matcher(text);
        assertTrue(m.find(), name + (labels == null ? "" : "{" + labels + "}") + " in /$/metrics");
        return Double.parseDouble(m.group(m.groupCount()));
    }

    @Test
    void readyGoesUnavailableAroundASnapshotRebuildAndBackWhilePingAnswers() throws Exception {
        HttpResponse<String> ready = untilReady();
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().startsWith("ready: data version "), ready.body());

        HttpResponse<String> write = server.http.send(server.request("/cluster/update", "Authorization", AUTH,
            "Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:ready> { <urn:x:a> <urn:x:b> <urn:x:c> } }")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(write.statusCode() == 200 || write.statusCode() == 204, write.body());

        HttpResponse<String> stale = server.get("/$/ready");
        assertEquals(503, stale.statusCode(), stale.body());
        assertEquals("1", stale.headers().firstValue("Retry-After").orElse(""));
        assertEquals("not ready: tracing: the supply network of the current data is being built; "
                     + "search: the index of the current data is being made", stale.body().strip());
        assertEquals(200, server.get("/$/ping").statusCode(), "liveness does not depend on readiness");

        HttpResponse<String> again = untilReady();
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(!again.body().equals(ready.body()), "a later data version: " + ready.body() + " / " + again.body());
    }

    @Test
    void metricsCarryRequestsByRouteImportsAndTheStore() throws Exception {
        assertEquals(200, server.get("/doc/site/alma.ttl").statusCode());
        assertEquals(404, server.get("/doc/site/atlantis").statusCode());
        HttpResponse<String> imported = server.http.send(server.request("/api/imports?name=example.csv", "Authorization", AUTH,
            "Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/import/example-inventory.csv"))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(201, imported.statusCode(), imported.body());

        HttpResponse<String> r = server.get("/$/metrics");
        assertEquals(200, r.statusCode());
        String text = r.body();
        assertTrue(metric(text, "alukg_http_requests_seconds_count", "route=\"/doc\",status=\"2xx\"") >= 1, text);
        assertTrue(metric(text, "alukg_http_requests_seconds_count", "route=\"/doc\",status=\"4xx\"") >= 1, text);
        assertTrue(metric(text, "alukg_http_requests_seconds_bucket", "route=\"/doc\",status=\"2xx\",le=\"+Inf\"") >= 1,
                   "a latency histogram");
        assertEquals(1, metric(text, "alukg_imports_total", "result=\"imported\""));
        assertEquals(Files.size(Path.of("docs/import/example-inventory.csv")), metric(text, "alukg_import_bytes_sum", null));
        assertTrue(metric(text, "alukg_import_triples_sum", null) > 0);
        assertEquals(server.store.sizeOnDisk(), metric(text, "alukg_store_size_bytes", null), 1 << 20);
        assertTrue(metric(text, "alukg_data_version", null) > 0);
        assertTrue(metric(text, "alukg_http_requests_active_seconds_count", null) >= 1, "the scrape is in flight");
        assertTrue(text.contains("fuseki_requests_good"), "Fuseki's own metrics stay");
        assertEquals(0, metric(text, "alukg_requests_shed_total", "cap=\"queries\""), "counters start at zero");

        // The dashboard in docs/ asks only for metrics the server has.
        Matcher names = Pattern.compile("alukg_[a-z_]+").matcher(Files.readString(Path.of("docs/grafana/alukg-dashboard.json")));
        int asked = 0;
        while (names.find()) {
            asked++;
            assertTrue(text.contains("\n" + names.group()), "the dashboard's " + names.group() + " is in /$/metrics");
        }
        assertTrue(asked >= 8, "the dashboard asks for alukg's metrics");
    }
}
