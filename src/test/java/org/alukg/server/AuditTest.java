package org.alukg.server;

import static org.alukg.ProblemDocuments.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.ServerConfig;
import org.alukg.http.AuditLog;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every write and every refused login is one line of the audit log, with the request id its answer (and its
 * access-log line) carries; {@code GET /api/audit} pages through it, with credentials only.
 */
class AuditTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = basic("admin:secret");
    @RegisterExtension static final Curated curated = Curated.project();
    private static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "secret")); }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<JsonNode> entries() throws Exception {
        HttpResponse<String> r = send(server.request("/api/audit?limit=1000", "Authorization", AUTH).GET());
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(r.body()).get("entries").forEach(out::add);
        return out;
    }

    static JsonNode entry(String requestId) throws Exception {
        return entries().stream().filter(e -> requestId.equals(e.path("requestId").asText())).findFirst()
                        .orElseThrow(() -> new AssertionError("no audit entry for request " + requestId));
    }

    @Test
    void anImportADeleteAnUpdateAndARefusedLoginAreEachOneEntryUnderTheirRequestId() throws Exception {
        HttpResponse<String> imported = send(server.request("/api/imports?name=audited.csv", "Authorization", AUTH,
            "Content-Type", "text/csv", "X-Request-Id", "audit-import-1")
            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/import/example-inventory.csv"))));
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals("audit-import-1", imported.headers().firstValue("X-Request-Id").orElseThrow());
        HttpResponse<String> deleted = send(server.request("/api/imports/audited-csv", "Authorization", AUTH,
                                                          "X-Request-Id", "audit-delete-1").DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());
        HttpResponse<String> refused = send(server.request("/api/imports?name=x.csv", "Authorization", basic("admin:wrong"),
            "Content-Type", "text/csv", "X-Request-Id", "audit-login-1").POST(HttpRequest.BodyPublishers.ofString("a,b\n")));
        assertEquals(401, refused.statusCode());
        HttpResponse<String> update = send(server.request("/cluster/update", "Authorization", AUTH,
            "Content-Type", "application/sparql-update", "X-Request-Id", "audit-update-1")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:audit> { <urn:x:a> <urn:x:b> 1 } }")));
        assertTrue(update.statusCode() < 300, update.body());
        HttpResponse<String> changed = send(server.request("/cluster/update", "Authorization", AUTH,
            "Content-Type", "application/sparql-update", "X-Request-Id", "audit-update-2")
            .POST(HttpRequest.BodyPublishers.ofString("DELETE { GRAPH <urn:x:audit> { ?s ?p 1 } } INSERT { GRAPH <urn:x:audit> "
                + "{ ?s ?p 2, 3 } } WHERE { GRAPH <urn:x:audit> { ?s ?p 1 } }; INSERT DATA { GRAPH <urn:x:audit> { <urn:x:a> <urn:x:b> 2 } }")));
        assertTrue(changed.statusCode() < 300, changed.body());
        HttpResponse<String> put = send(server.request("/cluster/data?graph=urn:x:audit", "Authorization", AUTH,
            "Content-Type", "text/turtle", "X-Request-Id", "audit-put-1")
            .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:c> <urn:x:d> 4 .")));
        assertTrue(put.statusCode() < 300, put.body());

        JsonNode imp = entry("audit-import-1");
        assertEquals("import", imp.path("operation").asText());
        assertEquals("admin", imp.path("user").asText());
        assertEquals("127.0.0.1", imp.path("address").asText());
        assertEquals("https://w3id.org/alukg/graph/import/audited-csv", imp.path("graph").asText());
        assertTrue(imp.path("quadsAdded").asLong() > 0, imp.toString());
        assertEquals("imported", imp.path("result").asText());
        assertTrue(imp.path("time").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), imp.toString());

        JsonNode del = entry("audit-delete-1");
        assertEquals("delete", del.path("operation").asText());
        assertEquals(imp.path("graph").asText(), del.path("graph").asText());
        assertEquals("deleted", del.path("result").asText());

        JsonNode login = entry("audit-login-1");
        assertEquals("login", login.path("operation").asText());
        assertEquals("admin", login.path("user").asText(), "the user it tried");
        assertEquals("refused", login.path("result").asText());

        JsonNode upd = entry("audit-update-1");
        assertEquals("sparql-update", upd.path("operation").asText());
        assertEquals("done", upd.path("result").asText());
        assertEquals(1, upd.path("quadsAdded").asLong(), upd.toString());
        assertEquals(0, upd.path("quadsRemoved").asLong(), upd.toString());
        JsonNode upd2 = entry("audit-update-2");
        assertEquals(2, upd2.path("quadsAdded").asLong(), "3 is new; 2 is new once, asked for twice: " + upd2);
        assertEquals(1, upd2.path("quadsRemoved").asLong(), upd2.toString());
        JsonNode gsp = entry("audit-put-1");
        assertEquals("graph-store-put", gsp.path("operation").asText());
        assertEquals("urn:x:audit", gsp.path("graph").asText());
        assertEquals(1, gsp.path("quadsAdded").asLong(), gsp.toString());
        assertEquals(2, gsp.path("quadsRemoved").asLong(), "the graph's two quads, 2 and 3, replaced: " + gsp);

        Path file = AuditLog.besideStore(server.store.location());
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"requestId\":\"audit-delete-1\"")), "one JSON line each in " + file.getFileName());
        assertEquals(lines.size(), entries().size());
    }

    @Test
    void theLogIsForAdminsAndItsPagesAreChecked() throws Exception {
        HttpResponse<String> anonymous = send(server.request("/api/audit").GET());
        problem(anonymous, 401, "unauthorized", "Credentials required");
        JsonNode bad = problem(send(server.request("/api/audit?limit=5000", "Authorization", AUTH).GET()), 400,
                               "bad-request", "Bad request");
        assertEquals("limit must be a whole number from 1 to 1000: 5000", bad.path("detail").asText());
        HttpResponse<String> page = send(server.request("/api/audit?offset=0&limit=1", "Authorization", AUTH).GET());
        assertEquals(200, page.statusCode(), page.body());
        JsonNode doc = JSON.readTree(page.body());
        assertTrue(doc.get("entries").size() <= 1 && doc.get("offset").asLong() == 0, page.body());
    }
}
