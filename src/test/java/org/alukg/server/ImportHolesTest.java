package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hole 7 of the attack, for imports: a deeply nested Turtle file and a 100 MB CSV of one line were answered with a
 * 500 or not at all. Each is now refused with a 4xx: the import report (as every refused import) whose message names the
 * file and where it broke, and the store is as it was.
 */
class ImportHolesTest {
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension static final Curated curated = Curated.project();
    private static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "secret")); }

    private static long quads() { return server.store.read(() -> server.store.dataset().stream().count()); }

    /** The message of the refusal, after checking its status, its report and that the store is unchanged. */
    private static String refused(String name, String type, HttpRequest.BodyPublisher body) throws Exception {
        long before = quads();
        HttpResponse<String> r = server.http.send(server.request("/api/imports?name=" + name)
            .header("Authorization", AUTH).header("Content-Type", type).POST(body)
            .timeout(java.time.Duration.ofMinutes(5)).build(), // the whole upload is read (and spooled) before it is parsed
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
        JsonNode report = JSON.readTree(r.body());
        assertEquals("refused", report.path("status").asText(), r.body());
        assertEquals(name, report.path("file").asText(), r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
        assertEquals(before, quads(), "the store is as it was");
        return report.path("message").asText();
    }

    @Test
    void deeplyNestedTurtleIsRefusedNamingTheFile() throws Exception {
        int depth = 100_000;
        String turtle = "@prefix : <urn:x:> .\n:a :p " + "[ :p ".repeat(depth) + ":b" + " ]".repeat(depth) + " .\n";
        String detail = refused("deep.ttl", "text/turtle", HttpRequest.BodyPublishers.ofString(turtle));
        assertTrue(detail.startsWith("deep.ttl"), detail);
        assertTrue(detail.contains("line 2") && detail.contains("nested"), detail);
    }

    @Test
    void aCsvOfOneLineOf100MegabytesIsRefusedNamingTheFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        long size = 100L << 20;
        java.nio.file.Path csv = dir.resolve("long.csv");
        try (InputStream in = oneLine(size)) {
            java.nio.file.Files.copy(in, csv);
        }
        String detail = refused("long.csv", "text/csv", HttpRequest.BodyPublishers.ofFile(csv));
        assertTrue(detail.startsWith("long.csv line 1"), detail);
        assertTrue(detail.contains("longer than"), detail);
    }

    @Test
    void anUploadAnnouncingMoreThanTheCapIsRefusedByItsHeaderAlone() throws Exception {
        long before = quads();
        long announced = 2L << 30;
        String answer = org.alukg.testing.RawHttp.announce(server.server.port(), "/api/imports?name=huge.csv", "text/csv",
                                                           AUTH, announced);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        JsonNode p = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals("upload too large: " + announced + " bytes (at most " + (1L << 30) + ", the setting imports.maxBytes)",
                     p.path("detail").asText());
        assertEquals("Content-Length", p.path("field").asText());
        assertEquals(before, quads());
    }

    /** {@code size} bytes of one CSV line: a header cell that never ends. */
    private static InputStream oneLine(long size) {
        return new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0)
                    return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
    }
}
