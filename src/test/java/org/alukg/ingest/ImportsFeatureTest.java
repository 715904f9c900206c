package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST, GET and DELETE /api/imports on a real server over real HTTP. */
class ImportsFeatureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    @RegisterExtension static final Curated curated = Curated.project();
    private static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "secret")); }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder to(String path) { return HttpRequest.newBuilder(URI.create(server.url() + path)); }

    @Test
    void importsAListsAndDeletesWithCredentials() throws Exception {
        byte[] csv = Files.readAllBytes(Path.of("docs/import/example-inventory.csv"));

        var anonymous = send(to("/api/imports?name=http-example").header("Content-Type", "text/csv")
                                 .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
        assertEquals(401, anonymous.statusCode());

        var before = ImportTesting.snapshot(server.store);
        var created = send(to("/api/imports?name=http-example").header("Content-Type", "text/csv").header("Authorization", AUTH)
                               .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode report = JSON.readTree(created.body());
        assertEquals("imported", report.get("status").asText());
        assertEquals("http-example", report.get("id").asText());
        assertEquals(4, report.get("created").asInt());
        assertEquals("/api/imports/http-example", created.headers().firstValue("Location").orElseThrow());

        var sparql = server.sparql("PREFIX alu: <https://w3id.org/alukg/ontology#> SELECT ?c WHERE { "
                                   + "<https://w3id.org/alukg/id/org/example-extrusions-saguenay> alu:suppliesTo ?c }",
                                   "application/sparql-results+json");
        assertTrue(sparql.body().contains("https://w3id.org/alukg/id/org/example-remorques-beauce"), sparql.body());

        var again = send(to("/api/imports?name=http-example").header("Content-Type", "text/csv").header("Authorization", AUTH)
                             .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
        assertEquals(200, again.statusCode());
        assertEquals("unchanged", JSON.readTree(again.body()).get("status").asText());

        var list = JSON.readTree(send(to("/api/imports").GET()).body());
        assertEquals("http-example", list.get(0).get("id").asText());
        assertEquals("admin", list.get(0).get("who").asText());
        assertEquals(64, list.get(0).get("sha256").asText().length());

        assertEquals(401, send(to("/api/imports/http-example").DELETE()).statusCode());
        assertEquals(204, send(to("/api/imports/http-example").header("Authorization", AUTH).DELETE()).statusCode());
        assertEquals(404, send(to("/api/imports/http-example").GET()).statusCode());
        assertEquals(before, ImportTesting.snapshot(server.store), "deleting the import leaves the store as before it");
    }

    @Test
    void multipartUploadAndRefusals() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("docs/import/example-inventory.json"));
        String boundary = "alukg-test-boundary";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nhttp-multipart\r\n"
                      + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"example-inventory.json\"\r\n"
                      + "Content-Type: application/json\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), json, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var created = send(to("/api/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                               .header("Authorization", AUTH).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("http-multipart", JSON.readTree(created.body()).get("id").asText());

        var before = ImportTesting.snapshot(server.store);
        var bad = send(to("/api/imports?name=http-bad").header("Content-Type", "text/csv").header("Authorization", AUTH)
                           .POST(HttpRequest.BodyPublishers.ofString("name_en,kind,date\nExample Z,supplier,someday\n")));
        assertEquals(400, bad.statusCode());
        JsonNode report = JSON.readTree(bad.body());
        assertEquals("refused", report.get("status").asText());
        assertTrue(report.get("message").asText().contains("row 1 (line 2), column date: expected a date"), bad.body());
        var unknown = send(to("/api/imports").header("Content-Type", "application/msword").header("Authorization", AUTH)
                               .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(415, unknown.statusCode(), unknown.body());
        assertEquals(before, ImportTesting.snapshot(server.store));
        assertEquals(204, send(to("/api/imports/http-multipart").header("Authorization", AUTH).DELETE()).statusCode());
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts)
            out.writeBytes(p);
        return out.toByteArray();
    }
}
