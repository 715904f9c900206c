package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ETag and 304, HEAD, gzip, CORS on every read endpoint, the security headers of the pages. */
class HttpMannersTest {
    @RegisterExtension static final Curated curated = Curated.linkedData();
    static TestServer web;
    static final List<String> READ_ENDPOINTS = List.of("/doc/site/alouette", "/ontology", "/ontology/context.jsonld", "/void",
                                                       "/.well-known/void", "/dumps/", "/dumps/alukg.ttl", "/web/alukg.css");

    @BeforeAll
    static void start() { web = curated.server(); }

    @Test
    void etagAndIfNoneMatchGive304() throws Exception {
        for (String path : READ_ENDPOINTS) {
            HttpResponse<String> first = web.get(path, "Accept", "text/turtle");
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
            HttpResponse<String> again = web.get(path, "Accept", "text/turtle", "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
            HttpResponse<String> other = web.get(path, "Accept", "text/turtle", "If-None-Match", "\"something-else\"");
            assertEquals(200, other.statusCode(), path);
        }
    }

    @Test
    void headAnswersLikeGetWithoutBody() throws Exception {
        HttpResponse<String> get = web.get("/doc/site/alouette", "Accept", "text/turtle");
        HttpResponse<String> head = web.http.send(web.request("/doc/site/alouette", "Accept", "text/turtle")
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
        assertEquals(303, web.http.send(web.request("/id/site/alouette").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                                        HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void gzipWhenAskedOnly() throws Exception {
        HttpResponse<byte[]> plain = web.bytes("/doc/site/alouette.ttl");
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> gz = web.bytes("/doc/site/alouette.ttl", "Accept-Encoding", "gzip");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(gz.body().length, Integer.parseInt(gz.headers().firstValue("Content-Length").orElseThrow()));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
        assertArrayEquals(plain.body(), unzipped);
        assertTrue(!gz.headers().firstValue("ETag").equals(plain.headers().firstValue("ETag")), "each coding has its own ETag");
        assertTrue(web.bytes("/doc/site/alouette.ttl", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void corsOnEveryReadEndpoint() throws Exception {
        for (String path : READ_ENDPOINTS) {
            HttpResponse<String> r = web.get(path, "Origin", "https://client.example.org");
            assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), path);
            assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("ETag"), path);
        }
        HttpResponse<String> preflight = web.http.send(web.request("/doc/site/alouette", "Origin", "https://client.example.org",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "Accept")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        HttpResponse<String> redirect = web.get("/id/site/alouette", "Origin", "https://client.example.org");
        assertEquals("*", redirect.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void pagesAllowOnlyTheirOwnServersScript() throws Exception {
        HttpResponse<String> r = web.get("/doc/site/alouette", "Accept", "text/html");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self';")
                   && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        var scripts = Jsoup.parse(r.body()).select("script");
        assertEquals(List.of("/web/search.js", "/web/leaflet/leaflet.js", "/web/map.js"), scripts.eachAttr("src"),
                     "the search box's suggestions, and the interactive map of a smelter's page with Leaflet");
        assertTrue(scripts.stream().allMatch(s -> s.html().isEmpty()), "no inline script");
        for (String src : scripts.eachAttr("src")) {
            HttpResponse<String> js = web.get(src, "Accept", "*/*");
            assertEquals(200, js.statusCode(), src);
            assertTrue(js.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"), src);
        }
    }
}
