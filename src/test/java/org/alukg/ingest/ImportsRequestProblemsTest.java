package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Requests to {@code /api/imports} that are wrong before any input is read are answered as problem documents
 * (status, detail, the offending field, the request id) and change nothing; refusals of the input itself keep their
 * import report, with the status of its kind.
 */
class ImportsRequestProblemsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
    private static final String CSV_HEADER = "name_fr,name_en,kind,municipality,region,products,customers,source_url,date,confidence\n";
    @RegisterExtension static final Curated curated = Curated.project();
    private static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "secret")); }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder to(String path) { return HttpRequest.newBuilder(URI.create(server.url() + path)); }

    /** POSTs the example inventory as text/csv to {@code /api/imports?query}, with {@code headers} (name, value …). */
    private static HttpResponse<String> postExample(String query, String... headers) throws Exception {
        HttpRequest.Builder b = to("/api/imports?" + query).POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/import/example-inventory.csv")));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    /** The problem document of {@code r}, after checking its status, media type and request id. */
    private static JsonNode problem(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonNode doc = JSON.readTree(r.body());
        assertEquals(status, doc.path("status").asInt(), r.body());
        String id = r.headers().firstValue("X-Request-Id").orElseThrow();
        assertEquals(id, doc.path("requestId").asText(), "the request id of the header is the document's");
        assertTrue(doc.path("instance").asText().startsWith("/api/imports"), r.body());
        return doc;
    }

    @Test
    void anUnknownParameterIsNamed() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        var r = postExample("name=p-unknown&bogus=1", "Content-Type", "text/csv", "Authorization", AUTH);
        JsonNode doc = problem(r, 400);
        assertEquals("unknown parameter: bogus (name, format, replace, skipBadRows)", doc.path("detail").asText());
        assertEquals("bogus", doc.path("field").asText());
        assertEquals("1", doc.path("value").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsNamed() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        var r = postExample("name=p-flag&replace=maybe", "Content-Type", "text/csv", "Authorization", AUTH);
        JsonNode doc = problem(r, 400);
        assertEquals("replace must be true or false: maybe", doc.path("detail").asText());
        assertEquals("replace", doc.path("field").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void aBodyWithoutContentTypeIsRefused() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        var r = postExample("name=p-no-type", "Authorization", AUTH);
        JsonNode doc = problem(r, 415);
        assertTrue(doc.path("detail").asText().startsWith("no Content-Type: send the file with its media type"), r.body());
        assertEquals("Content-Type", doc.path("field").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void aMultipartUploadThatDoesNotParseIsRefused() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        var r = send(to("/api/imports").header("Content-Type", "multipart/form-data").header("Authorization", AUTH)
                         .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nbroken")));
        JsonNode doc = problem(r, 400);
        assertTrue(doc.path("detail").asText().startsWith("multipart upload does not parse: "), r.body());
        assertEquals("body", doc.path("field").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void aMultipartUploadWithoutAFileIsRefused() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        String boundary = "alukg-no-file";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\np-no-file\r\n--" + boundary + "--\r\n";
        var r = send(to("/api/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", AUTH)
                         .POST(HttpRequest.BodyPublishers.ofString(body)));
        JsonNode doc = problem(r, 400);
        assertEquals("no file in the multipart upload: send the file in a part with a filename", doc.path("detail").asText());
        assertEquals("file", doc.path("field").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void withoutCredentialsNothingIsWritten() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        var post = postExample("name=p-anonymous", "Content-Type", "text/csv");
        JsonNode doc = problem(post, 401);
        assertTrue(doc.path("detail").asText().startsWith("credentials required"), post.body());
        assertTrue(post.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), post.headers().toString());
        var wrong = postExample("name=p-anonymous", "Content-Type", "text/csv",
                                "Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:guess".getBytes(StandardCharsets.UTF_8)));
        assertEquals("credentials refused: wrong user or password", problem(wrong, 401).path("detail").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void unknownImportsAreProblemsToo() throws Exception {
        JsonNode get = problem(send(to("/api/imports/no-such-import").GET()), 404);
        assertEquals("no such import: no-such-import", get.path("detail").asText());
        Set<Quad> before = ImportTesting.snapshot(server.store);
        JsonNode delete = problem(send(to("/api/imports/no-such-import").header("Authorization", AUTH).DELETE()), 404);
        assertEquals("no such import: no-such-import", delete.path("detail").asText());
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void aRefusedImportKeepsItsReportWithTheStatusOfItsKind() throws Exception {
        Set<Quad> before = ImportTesting.snapshot(server.store);
        var bad = send(to("/api/imports?name=p-every-row&skipBadRows=true").header("Content-Type", "text/csv").header("Authorization", AUTH)
                           .POST(HttpRequest.BodyPublishers.ofString(CSV_HEADER
                               + "Example P1,Example P1,supplier,Alma,02,,,,someday,low\n"
                               + "Example P2,Example P2,supplier,Alma,02,,,,2024,certain\n")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), bad.headers().toString());
        JsonNode report = JSON.readTree(bad.body());
        assertEquals("refused", report.path("status").asText());
        assertTrue(report.path("message").asText().startsWith("every row was rejected: 2 rows"), bad.body());
        assertEquals(2, report.path("rejected").size(), bad.body());
        assertEquals(Set.of("id", "graph", "file", "format", "sha256", "status", "rows", "triples", "created", "linked",
                            "rejected", "problems", "message", "importedAt", "who", "millis"),
                     fieldNames(report), "the report has the fields it always had");
        assertEquals(before, ImportTesting.snapshot(server.store));
    }

    @Test
    void theSameFileUnderAnotherNameSaysWhichImportHoldsIt() throws Exception {
        var first = postExample("name=p-first", "Content-Type", "text/csv", "Authorization", AUTH);
        assertEquals(201, first.statusCode(), first.body());
        Set<Quad> after = ImportTesting.snapshot(server.store);

        var again = postExample("name=p-second", "Content-Type", "text/csv", "Authorization", AUTH);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode report = JSON.readTree(again.body());
        assertEquals("unchanged", report.path("status").asText());
        assertEquals("this file is already imported as p-first", report.path("message").asText());
        assertEquals("p-first", report.path("id").asText(), "the id is that of the import holding the file");
        assertEquals(after, ImportTesting.snapshot(server.store));

        assertEquals(200, send(to("/api/imports/" + report.path("id").asText()).GET()).statusCode());
        assertEquals(404, send(to("/api/imports/p-second").GET()).statusCode());
        assertEquals(204, send(to("/api/imports/" + report.path("id").asText()).header("Authorization", AUTH).DELETE()).statusCode());
        assertFalse(ImportTesting.snapshot(server.store).stream()
                        .anyMatch(q -> q.getGraph().getURI().endsWith("/graph/import/p-first")), "the import is gone");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
