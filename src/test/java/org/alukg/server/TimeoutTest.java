package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A query that runs longer than the timeout is cancelled and the client is told so. */
class TimeoutTest {
    @RegisterExtension static final Curated curated = Curated.project();

    @Test
    void aQueryOverTheTimeoutIsCancelled() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(1));
        try (TestServer server = curated.server(config)) {
            // Three-way cross product of every triple: far more work than one second allows.
            HttpResponse<String> r = server.sparql("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                                                   "application/sparql-results+json");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("Query timed out"), r.body());
            // The server is still there for the next query.
            assertEquals(200, server.sparql("ASK {}", "application/sparql-results+json").statusCode());
        }
    }
}
