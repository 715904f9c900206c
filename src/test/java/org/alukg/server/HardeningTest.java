package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alukg.config.Guards;
import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;

/**
 * The holes found when the server was attacked (issue "Safe to put on the internet"), each reproduced against a real
 * server over HTTP: the status, the message, and that the store is unchanged.
 */
class HardeningTest {
    @RegisterExtension static final Curated curated = Curated.project();
    private static final String ADMIN = "admin:s3cret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Store store;
    private static AlukgServer server;

    @BeforeAll
    static void start() {
        store = curated.copy();
        server = start(store, Settings.defaults().withServer(
            ServerConfig.defaults().withPort(0).withCredentials("admin", "s3cret")));
    }

    static AlukgServer start(Store st, Settings settings) {
        ServerConfig c = settings.server();
        return AlukgServer.standard(new ModuleContext(st, settings, ContentTree.PROJECT.locations(),
                                                      Credentials.of(c.user(), c.password()))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static long quads(Store st) { return st.read(() -> st.dataset().stream().count()); }

    private static HttpRequest.Builder to(AlukgServer s, String path) {
        return HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).timeout(Duration.ofSeconds(60));
    }

    private static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> form(AlukgServer s, String path, String auth, String... kv) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2)
            b.append(b.length() == 0 ? "" : "&").append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        HttpRequest.Builder r = to(s, path).header("Content-Type", "application/x-www-form-urlencoded")
                                           .POST(HttpRequest.BodyPublishers.ofString(b.toString()));
        if (auth != null)
            r.header("Authorization", basic(auth));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sparqlUpdate(AlukgServer s, String path, String auth, String text) throws Exception {
        HttpRequest.Builder r = to(s, path).header("Content-Type", "application/sparql-update")
                                           .POST(HttpRequest.BodyPublishers.ofString(text));
        if (auth != null)
            r.header("Authorization", basic(auth));
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Hole 1: LOAD of a local file, whichever way the update is sent, and whatever the file holds. */
    @Test
    void loadOfLocalFilesIsRefusedInEveryForm() throws Exception {
        long before = quads(store);
        String load = "LOAD <file:///etc/hostname> INTO GRAPH <urn:x:stolen>";
        List<HttpResponse<String>> answers = List.of(
            form(server, "/cluster/update", ADMIN, "update", load),
            form(server, "/cluster/update", ADMIN, "request", load),
            form(server, "/cluster", ADMIN, "update", load),
            form(server, "/cluster", ADMIN, "request", load),
            sparqlUpdate(server, "/cluster/update", ADMIN, load),
            sparqlUpdate(server, "/cluster", ADMIN, load),
            form(server, "/cluster/update", ADMIN, "update", "INSERT DATA {} ; " + load));
        for (HttpResponse<String> r : answers) {
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("LOAD of local files is refused: file:///etc/hostname\n", r.body());
        }
        assertEquals(before, quads(store));
    }

    /** Hole 2: LOAD from the web is off; allowed hosts never reach loopback or private addresses. */
    @Test
    void loadFromTheWebIsOffAndNeverReachesLoopback() throws Exception {
        long before = quads(store);
        HttpResponse<String> off = form(server, "/cluster/update", ADMIN, "update",
                                        "LOAD <http://127.0.0.1:" + server.port() + "/void> INTO GRAPH <urn:x:g>");
        assertEquals(403, off.statusCode());
        assertTrue(off.body().startsWith("LOAD from the web is off on this server"), off.body());
        try (Store other = Store.inMemory()) {
            Settings s = Settings.defaults()
                .withServer(ServerConfig.defaults().withPort(0).withCredentials("admin", "s3cret"))
                .withGuards(Guards.defaults().withLoadHosts(Set.of("localhost", "127.0.0.1")));
            AlukgServer allowing = start(other, s);
            try {
                for (String host : List.of("localhost", "127.0.0.1")) {
                    HttpResponse<String> r = form(allowing, "/cluster/update", ADMIN, "update",
                        "LOAD <http://" + host + ":" + allowing.port() + "/void> INTO GRAPH <urn:x:g>");
                    assertEquals(403, r.statusCode(), r.body());
                    assertTrue(r.body().startsWith("LOAD from a non-public address is refused: " + host), r.body());
                }
                HttpResponse<String> other2 = form(allowing, "/cluster/update", ADMIN, "update",
                                                   "LOAD <https://example.org/x.ttl> INTO GRAPH <urn:x:g>");
                assertEquals(403, other2.statusCode());
                assertEquals("LOAD from this host is not allowed (see --allow-load): example.org\n", other2.body());
                assertEquals(0, quads(other));
            } finally {
                allowing.stop();
            }
        }
        assertEquals(before, quads(store));
    }

    /** Hole 3: a page of another site cannot write through an admin's browser. */
    @Test
    void crossOriginWritesAreRefusedAndReadsCarryNoCredentials() throws Exception {
        long before = quads(store);
        HttpResponse<String> preflight = HTTP.send(to(server, "/cluster/update")
            .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());

        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> r = HTTP.send(to(server, "/cluster/data?graph=urn:x:g")
                .header("Origin", "https://evil.example").header("Authorization", basic(ADMIN))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), method + " " + r.body());
            assertEquals("cross-origin writes are refused: https://evil.example\n", r.body());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
        HttpResponse<String> update = HTTP.send(to(server, "/cluster/update").header("Origin", "https://evil.example")
            .header("Authorization", basic(ADMIN)).header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:a> <urn:b> <urn:c> } }")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(403, update.statusCode());

        HttpResponse<String> read = HTTP.send(to(server, "/cluster/sparql?query=ASK%7B%7D").header("Origin", "https://evil.example")
            .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode());
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(read.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertEquals(before, quads(store));
    }

    /** Hole 4: an oversized query is refused at once, unparsed, without credentials or with. */
    @Test
    void anOversizedQueryIsRefusedAtOnce() throws Exception {
        long t0 = System.nanoTime();
        // The headers alone announce the size: the refusal comes before any of the body is sent or read.
        String body = announce("/cluster/sparql", "application/sparql-query", null, 3 << 20);
        String viaForm = announce("/cluster/sparql", "application/x-www-form-urlencoded", null, 3 << 20);
        String update = announce("/cluster/update", "application/sparql-update", basic(ADMIN), 3 << 20);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (String r : List.of(body, viaForm, update)) {
            assertTrue(r.startsWith("HTTP/1.1 413 "), r);
            assertTrue(r.contains("\r\n\r\nquery or update too large: 3145728 bytes (at most 1048576"), r);
        }
        assertTrue(ms < 5000, "three refusals took " + ms + " ms");
    }

    private static String announce(String path, String type, String auth, long length) throws IOException {
        return org.alukg.testing.RawHttp.announce(server.port(), path, type, auth, length);
    }

    /** Hole 5: wrong passwords are throttled and logged; the right one waits its turn too. */
    @Test
    void failedLoginsAreThrottled() throws Exception {
        try (Store other = Store.inMemory()) {
            AlukgServer s = start(other, Settings.defaults().withServer(
                ServerConfig.defaults().withPort(0).withCredentials("admin", "s3cret")));
            try {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 8; i++)
                    statuses.add(sparqlUpdate(s, "/cluster/update", "admin:guess" + i, "INSERT DATA {}").statusCode());
                assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, 5), statuses.toString());
                assertTrue(statuses.subList(5, 8).stream().allMatch(x -> x == 429), statuses.toString());
                HttpResponse<String> right = sparqlUpdate(s, "/cluster/update", ADMIN, "INSERT DATA {}");
                assertEquals(429, right.statusCode(), "the right password waits out the back-off too");
                assertTrue(right.headers().firstValue("Retry-After").isPresent());
                assertTrue(right.body().startsWith("too many failed logins: wait "), right.body());
            } finally {
                s.stop();
            }
        }
    }

    /** Hole 6: over the cap, a query is shed at once with Retry-After, and ping keeps answering. */
    @Test
    void overTheCapQueriesAreShedAtOnceAndPingStaysFast() throws Exception {
        try (Store other = curated.copy()) {
            ServerConfig c = new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(3), ServerConfig.defaults().base(),
                                              null, null, 2);
            AlukgServer s = start(other, Settings.defaults().withServer(c));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                String heavy = "/cluster/sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8);
                List<Future<HttpResponse<String>>> floods = new ArrayList<>();
                for (int i = 0; i < 8; i++)
                    floods.add(pool.submit(() -> HTTP.send(to(s, heavy).header("Accept", "application/sparql-results+json").build(),
                                                           HttpResponse.BodyHandlers.ofString())));
                Thread.sleep(300);
                long t0 = System.nanoTime();
                HttpResponse<String> ping = HTTP.send(to(s, "/$/ping").build(), HttpResponse.BodyHandlers.ofString());
                long pingMs = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(200, ping.statusCode());
                assertTrue(pingMs < 1000, "ping took " + pingMs + " ms under the flood");
                int shed = 0;
                for (Future<HttpResponse<String>> f : floods) {
                    HttpResponse<String> r = f.get();
                    if (r.statusCode() == 503) {
                        assertTrue(r.headers().firstValue("Retry-After").isPresent(), "every 503 says Retry-After");
                        shed++;
                    }
                }
                assertTrue(shed >= 5, "at most 2 run, the others are shed: " + shed + " shed");
            } finally {
                pool.shutdownNow();
                s.stop();
            }
        }
    }

    /** Hole 7: caller mistakes are 4xx naming the problem; TRACE is refused; server control is GET/HEAD only. */
    @Test
    void callerMistakesAre4xxAndTraceIsRefused() throws Exception {
        long before = quads(store);
        HttpResponse<String> service = form(server, "/cluster/update", ADMIN, "update",
            "INSERT { GRAPH <urn:x:g> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }");
        assertEquals(400, service.statusCode(), service.body());
        assertEquals("SERVICE is not allowed in updates: http://127.0.0.1:1/sparql\n", service.body());

        HttpResponse<String> longSlug = HTTP.send(to(server, "/doc/org/" + "a".repeat(100_000)).build(),
                                                  HttpResponse.BodyHandlers.ofString());
        assertTrue(longSlug.statusCode() == 414 || longSlug.statusCode() == 431 || longSlug.statusCode() == 400,
                   "a 100,000-character slug: " + longSlug.statusCode());

        StringBuilder many = new StringBuilder("/api/queries/smelters?");
        for (int i = 0; i < 900; i++)
            many.append(i == 0 ? "" : "&").append("format=json");
        HttpResponse<String> params = HTTP.send(to(server, many.toString()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, params.statusCode());
        assertTrue(params.body().contains("too many parameters: 900 (at most 200)"), params.body());

        for (String path : List.of("/", "/cluster/sparql", "/cluster", "/doc/site/alma", "/api/queries", "/$/ping",
                                   "/$/metrics", "/ontology")) {
            HttpResponse<String> t = HTTP.send(to(server, path).method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                                               HttpResponse.BodyHandlers.ofString());
            assertEquals(405, t.statusCode(), path);
            assertFalse(t.body().contains("TRACE " + path + " HTTP"), "no echo: " + t.body());
        }
        for (String path : List.of("/$/metrics", "/$/server", "/$/ping", "/$/stats")) {
            HttpResponse<String> p = HTTP.send(to(server, path).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                                               HttpResponse.BodyHandlers.ofString());
            assertEquals(405, p.statusCode(), path + " " + p.body());
        }
        assertEquals(before, quads(store));
    }

    /** Hole 7: every HTML answer, the query editor included, has the security headers and cannot be framed. */
    @Test
    void everyPageHasSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/index.html", "/doc/site/alma", "/api/", "/nothing-here")) {
            HttpResponse<String> r = HTTP.send(to(server, path).header("Accept", "text/html").build(),
                                               HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    /** Hole 8: a timeout before the first byte is a 503 with Retry-After; after streaming began, a broken transfer. */
    @Test
    void aTimeoutNeverEndsAsAWellFormedPartialAnswer() throws Exception {
        try (Store other = curated.copy()) {
            ServerConfig c = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
            AlukgServer s = start(other, Settings.defaults().withServer(c));
            try {
                HttpResponse<String> before = HTTP.send(to(s, "/cluster/sparql?query=" + URLEncoder.encode(
                        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, before.statusCode());
                assertTrue(before.headers().firstValue("Retry-After").isPresent());

                HttpResponse<InputStream> streaming = HTTP.send(to(s, "/cluster/sparql?query=" + URLEncoder.encode(
                        "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", StandardCharsets.UTF_8))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, streaming.statusCode(), "the rows began before the timeout");
                IOException broken = assertThrows(IOException.class, () -> {
                    try (InputStream in = streaming.body()) {
                        byte[] buf = new byte[1 << 16];
                        while (in.read(buf) >= 0) {
                            // read on until the end or the break
                        }
                    }
                });
                assertNotEquals(null, broken);
            } finally {
                s.stop();
            }
        }
    }
}
