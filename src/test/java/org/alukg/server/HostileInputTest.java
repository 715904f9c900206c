package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Random;

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
 * A bounded hostile client: a few hundred malformed, oversized, mis-encoded, traversing, injecting and nested requests
 * against every kind of endpoint, with and without credentials. None may get a 5xx, none may see a stack trace or a
 * file path, and the store must be as it was.
 */
class HostileInputTest {
    @RegisterExtension static final Curated curated = Curated.project();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
    private static final String XXE_GRAPH = "urn:x:xxe";
    private static Store store;
    private static AlukgServer server;

    @BeforeAll
    static void start() {
        store = curated.copy();
        ServerConfig c = ServerConfig.defaults().withPort(0).withCredentials("admin", "s3cret").withTimeout(Duration.ofSeconds(5));
        server = AlukgServer.standard(new ModuleContext(store, Settings.defaults().withServer(c), ContentTree.PROJECT.locations(),
                                                        Credentials.of("admin", "s3cret"))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private record Attempt(String method, String path, String type, byte[] body, boolean auth) {
        @Override
        public String toString() { return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + type + "]"; }
    }

    private static final String[] QUERIES = {
        "SELECT", "SELECT * WHERE {", "SELECT * WHERE { ?s ?p ?o } LIMIT -1", "ASK { FILTER(1/0) }",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY", "'; DROP ALL; --", "SELECT * WHERE { <\u0000> ?p ?o }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", "PREFIX : <x> SELECT ?x WHERE { :a :b ?x }",
        "SELECT * WHERE { ?s ?p \"\\uD800\" }", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "DESCRIBE <javascript:alert(1)>",
        "SELECT * { " + "{ ".repeat(2000) + "?s ?p ?o" + " }".repeat(2000) + " }",
        "SELECT * { ?s ?p ?o FILTER(" + "(".repeat(3000) + "1" + ")".repeat(3000) + ") }",
        "SELECT (" + "1+".repeat(5000) + "1 AS ?x) {}",
    };

    private static final String[] UPDATES = {
        "INSERT DATA {", "LOAD <file:///etc/passwd>", "LOAD <file:/etc/shadow> INTO GRAPH <urn:x>", "CLEAR ALL ; LOAD <jar:file:/x!/y>",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }", "DROP GRAPH <" + "a".repeat(10000) + ">",
        "INSERT DATA { <a> <b> \"" + "\\".repeat(3) + "\" }", "WITH <urn:g> DELETE { ?s ?p ?o } WHERE {",
        "INSERT DATA { " + "[ <urn:p> ".repeat(3000) + "1" + " ]".repeat(3000) + " }",
    };

    private static final String[] PATHS = {
        "/doc/../../etc/passwd", "/doc/%2e%2e/%2e%2e/etc/passwd", "/id/site/alma%00.ttl", "/doc/site/alma.ttl%0d%0aX-Bad:%201",
        "/id/<script>alert(1)</script>", "/doc/site/" + "é".repeat(50), "/doc/site/alma?lang=" + "x".repeat(500),
        "/dumps/../../pom.xml", "/dumps/%2e%2e%2fpom.xml", "/web/../../../../etc/passwd", "/web/%c0%ae%c0%ae/x",
        "/ontology?lang=<b>", "/api/queries/../../pom.xml", "/api/queries/%00", "/api/queries/smelters?format=<x>",
        "/api/queries/smelters?page=-1", "/api/queries/smelters?per_page=99999999999999", "/api/queries/smelters?region=%ff",
        "/api/queries/organisations?q=" + "%27%22%3E%3C".repeat(20), "/api/trace?from=site/alma&depth=99999999999",
        "/api/trace?from=" + "x/".repeat(200), "/api/trace?from=javascript:alert(1)", "/api/trace?from=site/alma&format=%0a",
        "/api/paths?from=site/alma&to=site/alma&maxLength=-5", "/api/imports/../../etc", "/api/imports/%2F%2F",
        "/$/ping/../../etc/passwd", "/$/server?x=%zz", "/cluster/sparql?query=%zz", "/cluster/get?graph=file:///etc/passwd",
        "/cluster/get?graph=%00", "/void.xyz", "/.well-known/void/../..", "/index.html/../../pom.xml", "/%2e%2e/pom.xml",
    };

    private static List<Attempt> attempts() {
        List<Attempt> all = new ArrayList<>();
        for (String q : QUERIES) {
            String enc = URLEncoder.encode(q, StandardCharsets.UTF_8);
            all.add(new Attempt("GET", "/cluster/sparql?query=" + enc, null, null, false));
            all.add(new Attempt("POST", "/cluster/sparql", "application/sparql-query", q.getBytes(StandardCharsets.UTF_8), false));
            all.add(new Attempt("POST", "/cluster", "application/x-www-form-urlencoded", ("query=" + enc).getBytes(StandardCharsets.UTF_8), false));
            all.add(new Attempt("POST", "/$/validate/query", "application/x-www-form-urlencoded", ("query=" + enc).getBytes(StandardCharsets.UTF_8), false));
        }
        for (String u : UPDATES) {
            String enc = URLEncoder.encode(u, StandardCharsets.UTF_8);
            for (boolean auth : new boolean[] {false, true}) {
                all.add(new Attempt("POST", "/cluster/update", "application/sparql-update", u.getBytes(StandardCharsets.UTF_8), auth));
                all.add(new Attempt("POST", "/cluster/update", "application/x-www-form-urlencoded", ("update=" + enc).getBytes(StandardCharsets.UTF_8), auth));
                all.add(new Attempt("POST", "/cluster", "application/x-www-form-urlencoded", ("request=" + enc).getBytes(StandardCharsets.UTF_8), auth));
            }
        }
        for (String p : PATHS)
            for (String method : List.of("GET", "HEAD", "DELETE", "PUT", "PATCH", "OPTIONS"))
                all.add(new Attempt(method, p, method.startsWith("P") ? "text/turtle" : null,
                                    method.startsWith("P") ? "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8) : null,
                                    method.equals("DELETE")));
        Random random = new Random(20261201);
        String[] types = {"text/turtle", "application/ld+json", "text/csv", "application/json", "application/rdf+xml",
                          "application/n-quads", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xx",
                          "application/octet-stream", "text/plain; charset=utf-7"};
        for (int i = 0; i < 60; i++) {
            byte[] body = new byte[random.nextInt(2000)];
            random.nextBytes(body);
            String type = types[i % types.length];
            all.add(new Attempt("POST", "/api/imports?name=fuzz" + i, type, body, true));
            all.add(new Attempt("PUT", "/cluster/data?graph=urn:x:fuzz" + i, type, body, true));
        }
        String nestedJson = "{\"a\":".repeat(20000) + "1" + "}".repeat(20000);
        String nestedXml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" + "<rdf:Description><p>".repeat(3000); // deep, and cut off: never a valid document
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"urn:a\"><rdf:value>&x;</rdf:value></rdf:Description></rdf:RDF>";
        // An external entity is expanded to nothing (a valid document with an empty value): it goes to its own graph,
        // which the test then checks holds nothing of the file.
        all.add(new Attempt("PUT", "/cluster/data?graph=" + XXE_GRAPH, "application/rdf+xml", xxe.getBytes(StandardCharsets.UTF_8), true));
        all.add(new Attempt("POST", "/api/imports?name=xxe", "application/rdf+xml", xxe.getBytes(StandardCharsets.UTF_8), true));
        for (String[] b : new String[][] {{"application/ld+json", nestedJson}, {"application/json", nestedJson},
                                          {"application/rdf+xml", nestedXml},
                                          {"text/csv", "name,type\n" + "\"".repeat(5000)}, {"text/turtle", "@prefix : <x> . " + ":a :b (".repeat(5000)}}) {
            all.add(new Attempt("POST", "/api/imports?name=nested", b[0], b[1].getBytes(StandardCharsets.UTF_8), true));
            all.add(new Attempt("PUT", "/cluster/data?graph=urn:x:nested", b[0], b[1].getBytes(StandardCharsets.UTF_8), true));
        }
        return all;
    }

    private static long quadsOutsideXxe() {
        return store.read(() -> store.dataset().stream().filter(q -> !q.getGraph().hasURI(XXE_GRAPH)).count());
    }

    @Test
    void noHostileRequestGetsA5xxOrAStackTraceOrChangesTheStore() throws Exception {
        long before = quadsOutsideXxe();
        long start = before;
        org.alukg.store.DataVersion version = store.version();
        List<String> bad = new ArrayList<>();
        List<Attempt> all = attempts();
        long t0 = System.nanoTime();
        for (Attempt a : all) {
            HttpRequest.Builder r;
            try {
                r = HttpRequest.newBuilder(URI.create(server.baseUrl() + a.path)).timeout(Duration.ofSeconds(30));
            } catch (IllegalArgumentException e) {
                continue; // not even a URI a client can send
            }
            HttpRequest.BodyPublisher body = a.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(a.body);
            r.method(a.method, body);
            if (a.type != null)
                r.header("Content-Type", a.type);
            if (a.auth)
                r.header("Authorization", AUTH);
            HttpResponse<String> res;
            try {
                res = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                // A kept-alive connection the server had closed after an earlier refusal: send once more, afresh.
                try {
                    res = HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException again) {
                    bad.add("no answer " + a + ": " + again.getMessage());
                    continue;
                }
            }
            String b = res.body();
            if (res.statusCode() >= 500 && res.statusCode() != 503)
                bad.add(res.statusCode() + " " + a + ": " + b.lines().findFirst().orElse(""));
            // Counted again only when a write was committed: an unchanged data version is an unchanged store.
            org.alukg.store.DataVersion committed = store.version();
            long now = committed.equals(version) ? before : quadsOutsideXxe();
            version = committed;
            if (now != before) {
                bad.add("changed the store (" + before + " -> " + now + " quads) " + res.statusCode() + " " + a + ": "
                        + b.lines().findFirst().orElse(""));
                before = now;
            }
            if (b.contains("\tat ") || b.contains("Exception:") || b.contains("/work/") || b.contains("/etc/passwd:")
                || b.contains("root:x:0:0"))
                bad.add("leak " + res.statusCode() + " " + a + ": " + b.lines().limit(3).toList());
        }
        long seconds = (System.nanoTime() - t0) / 1_000_000_000;
        assertTrue(all.size() >= 300, "a few hundred cases: " + all.size());
        assertTrue(bad.isEmpty(), bad.size() + " bad answers:\n" + String.join("\n", bad));
        assertEquals(start, quadsOutsideXxe(), "the store is unchanged");
        assertFalse(seconds > 60, "took " + seconds + " s");
        assertTrue(store.read(() -> store.dataset().stream().noneMatch(q -> q.getObject().isLiteral()
            && q.getObject().getLiteralLexicalForm().contains("root:"))), "no file content reached the store");
    }
}
