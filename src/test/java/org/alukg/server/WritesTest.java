package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Writes need credentials; without them, nothing changes. */
class WritesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" } }";

    @Test
    void anUpdateWithoutCredentialsIsRefusedAndTheDataIsUnchanged() throws Exception {
        try (TestServer server = curated.server()) {
            long before = quadCount(server);
            for (String path : new String[] {"/cluster/update", "/cluster"}) {
                HttpResponse<String> r = post(server, path, "application/sparql-update", INSERT, null);
                assertEquals(403, r.statusCode(), "a read-only server refuses every write");
                assertTrue(r.body().contains("writes are off"), r.body());
                assertTrue(r.statusCode() == 403,
                           path + " answered " + r.statusCode());
            }
            HttpResponse<String> put = server.http.send(HttpRequest.newBuilder(URI.create(server.url() + "/cluster/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertTrue(put.statusCode() >= 400, "GSP write answered " + put.statusCode());
            assertEquals(before, quadCount(server));
        }
    }

    @Test
    void withCredentialsAnUpdateRunsButNotWithoutThemAndLoadOfLocalFilesIsRefused() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withCredentials("admin", "s3cret");
        try (TestServer server = curated.server(config)) {
            long before = quadCount(server);
            HttpResponse<String> anon = post(server, "/cluster/update", "application/sparql-update", INSERT, null);
            assertEquals(401, anon.statusCode());
            HttpResponse<String> wrong = post(server, "/cluster/update", "application/sparql-update", INSERT, "admin:nope");
            assertEquals(401, wrong.statusCode());
            assertEquals(before, quadCount(server));

            HttpResponse<String> load = post(server, "/cluster/update", "application/sparql-update",
                                             "LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>", "admin:s3cret");
            assertEquals(400, load.statusCode());
            assertTrue(load.body().contains("LOAD of local files is refused: file:///etc/passwd"), load.body());
            assertEquals(before, quadCount(server));

            HttpResponse<String> ok = post(server, "/cluster/update", "application/sparql-update", INSERT, "admin:s3cret");
            assertEquals(204, ok.statusCode(), ok.body());
            assertEquals(before + 1, quadCount(server));
        }
    }

    static HttpResponse<String> post(TestServer server, String path, String contentType, String body, String userPassword)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (userPassword != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8)));
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long quadCount(TestServer server) {
        return server.store.read(() -> (long) server.store.dataset().stream().count());
    }
}
