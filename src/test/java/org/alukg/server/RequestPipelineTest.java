package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.AlukgModule;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.store.Locations;
import org.alukg.store.Store;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every request goes through one pipeline: a request id on every answer, the project's own error page or problem
 * document for every mistake (no bare Jetty page, even for unknown paths), a 500 that hides its detail from the
 * caller and logs it under the request id, and one access-log line per request.
 */
class RequestPipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static Store store;
    private static AlukgServer server;
    private static AbstractAppender appender;

    /** A module with one servlet that fails the way a bug does. */
    private static final class Broken implements AlukgModule {
        @Override
        public void mount(FusekiServer.Builder builder) {
            builder.addServlet("/api/broken", new HttpServlet() {
                @Override
                protected void doGet(HttpServletRequest req, HttpServletResponse res) {
                    throw new IllegalStateException("secret detail 4711 at /var/lib/alukg");
                }
            });
        }
    }

    @BeforeAll
    static void start() {
        appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                Throwable t = event.getThrown();
                LOG.add(event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                        + (t == null ? "" : " " + t));
            }
        };
        appender.start();
        ((Logger) LogManager.getRootLogger()).addAppender(appender);
        store = Store.inMemory();
        ServerConfig config = ServerConfig.defaults().withPort(0);
        ModuleContext ctx = new ModuleContext(store, Settings.defaults().withServer(config),
                                              new Locations(null, true, Path.of("").toAbsolutePath()),
                                              Credentials.of(null, null));
        server = AlukgServer.withExtra(ctx, List.of(new Broken())).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
        ((Logger) LogManager.getRootLogger()).removeAppender(appender);
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownPathGetsTheProjectsNotFoundPage() throws Exception {
        HttpResponse<String> r = get("/nothing-here", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(r.body());
        assertEquals("Not found", page.selectFirst("h1").text());
        assertEquals("no such page: /nothing-here", page.selectFirst("p.message").text());
        assertFalse(r.body().toLowerCase().contains("jetty"), r.body());
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());

        HttpResponse<String> text = get("/nothing-here");
        assertEquals(404, text.statusCode());
        assertEquals("no such page: /nothing-here\n", text.body());
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() throws Exception {
        HttpResponse<String> r = get("/api/nothing", "X-Request-Id", "client-id-42");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("client-id-42", r.headers().firstValue("X-Request-Id").orElse(""), "the client's id is kept");
        JsonNode p = JSON.readTree(r.body());
        assertEquals(404, p.path("status").asInt());
        assertEquals("https://w3id.org/alukg/problem/not-found", p.path("type").asText());
        assertEquals("Not found", p.path("title").asText());
        assertEquals("no such page: /api/nothing", p.path("detail").asText());
        assertEquals("client-id-42", p.path("requestId").asText());
    }

    @Test
    void anInsaneRequestIdIsReplaced() throws Exception {
        HttpResponse<String> r = get("/nothing-here", "X-Request-Id", "a b<script>");
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(id.matches("[0-9a-f]{16}"), id);
    }

    @Test
    void anInternalErrorHidesItsDetailAndLogsItUnderTheRequestId() throws Exception {
        HttpResponse<String> r = get("/api/broken");
        assertEquals(500, r.statusCode());
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        JsonNode p = JSON.readTree(r.body());
        assertEquals(500, p.path("status").asInt());
        assertEquals(id, p.path("requestId").asText());
        assertFalse(r.body().contains("secret") || r.body().contains("/var/lib") || r.body().contains("Exception"),
                    r.body());
        assertTrue(LOG.stream().anyMatch(l -> l.contains("[" + id + "]") && l.contains("secret detail 4711")), LOG.toString());
    }

    @Test
    void everyRequestHasOneAccessLogLine() throws Exception {
        HttpResponse<String> r = get("/nothing-here");
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        HttpResponse<String> ping = get("/$/ping");
        String pingId = ping.headers().firstValue("X-Request-Id").orElseThrow();
        List<String> lines = LOG.stream().filter(l -> l.startsWith("alukg.access") && l.endsWith(" " + id)).toList();
        assertEquals(1, lines.size(), LOG.toString());
        assertTrue(lines.get(0).matches("alukg\\.access GET /nothing-here 404 \\d+ \\d+ms - " + id), lines.get(0));
        assertNotNull(LOG.stream().filter(l -> l.matches("alukg\\.access GET /\\$/ping 200 [1-9]\\d* .*") && l.endsWith(pingId))
                         .findFirst().orElse(null), LOG.toString());
    }
}
