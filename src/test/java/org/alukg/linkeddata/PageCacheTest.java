package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jsoup.Jsoup;

/** Pages are kept per data version: a second ask gets the same page, a committed write is on the very next one. */
class PageCacheTest {
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    @RegisterExtension static final Curated curated = Curated.project();
    private static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "secret")); }

    @Test
    void aWriteIsOnTheNextPageAndEachLanguageAndFormatIsItsOwn() throws Exception {
        HttpResponse<String> first = server.get("/doc/site/alma.html");
        HttpResponse<String> again = server.get("/doc/site/alma.html");
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, server.get("/doc/site/alma.html", "If-None-Match", etag).statusCode());

        HttpResponse<String> french = server.get("/doc/site/alma.html", "Accept-Language", "fr");
        assertEquals("fr", french.headers().firstValue("Content-Language").orElse(""));
        assertEquals("en", again.headers().firstValue("Content-Language").orElse(""));
        HttpResponse<String> turtle = server.get("/doc/site/alma", "text/turtle");
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), turtle.headers().toString());
        assertFalse(turtle.body().contains("<html"), "Turtle is not the HTML page kept for the same path");

        String update = "PREFIX alu: <https://w3id.org/alukg/ontology#> INSERT DATA { GRAPH <urn:x:cache> { "
                        + "<https://w3id.org/alukg/id/site/alma> alu:note \"a note written after the page was kept\" } }";
        HttpResponse<String> w = server.http.send(server.request("/cluster/update", "Authorization", AUTH,
            "Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(w.statusCode() < 300, w.body());

        HttpResponse<String> after = server.get("/doc/site/alma.html");
        assertTrue(Jsoup.parse(after.body()).text().contains("a note written after the page was kept"),
                   "the write is on the next page");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, server.get("/doc/site/alma.html", "If-None-Match", etag).statusCode(), "the old ETag no longer matches");
        assertFalse(Jsoup.parse(first.body()).text().contains("a note written after"));
    }
}
