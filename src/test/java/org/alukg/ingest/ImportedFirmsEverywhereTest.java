package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shipped example inventory, imported over HTTP, shows up where the users look: in SPARQL results, in a supply
 * trace and on the HTML pages; a second import of the same file changes nothing.
 */
class ImportedFirmsEverywhereTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final String FIRM = "https://w3id.org/alukg/id/org/example-extrusions-saguenay";

    @Test
    void theExampleInventoryAppearsInSparqlTracesAndPages() throws Exception {
        ServerConfig config = ServerConfig.defaults().withPort(0).withCredentials("admin", "pw");
        try (TestServer server = curated.server(config)) {
            HttpResponse<String> first = importExample(server);
            assertEquals(201, first.statusCode(), first.body());
            long after = quads(server);

            String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l { <" + FIRM + "> rdfs:label ?l FILTER(lang(?l) = 'en') }";
            assertEquals("l\r\nExample Extrusions Saguenay\r\n", server.sparql(q, "text/csv").body());

            HttpResponse<String> trace = server.get("/api/trace?from=org/example-extrusions-saguenay&direction=both&depth=1",
                                                    "application/json");
            assertEquals(200, trace.statusCode(), trace.body());
            List<String> nodes = new ArrayList<>();
            new ObjectMapper().readTree(trace.body()).path("nodes").forEach(n -> nodes.add(n.path("id").asText(n.path("iri").asText())));
            assertTrue(nodes.contains("https://w3id.org/alukg/id/org/rio-tinto"), "its supplier: " + nodes);
            assertTrue(nodes.contains("https://w3id.org/alukg/id/org/example-remorques-beauce"), "its customer: " + nodes);

            HttpResponse<String> page = server.get("/doc/org/example-extrusions-saguenay.html", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Example Extrusions Saguenay") && page.body().contains("Rio Tinto"), page.body());

            HttpResponse<String> again = importExample(server);
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(again.body().contains("unchanged"), again.body());
            assertEquals(after, quads(server), "a second import changes nothing");
        }
    }

    static HttpResponse<String> importExample(TestServer server) throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/imports?name=example"))
            .header("Content-Type", "text/csv")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/import/example-inventory.csv"))).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    static long quads(TestServer server) {
        return server.store.read(() -> server.store.dataset().stream().count());
    }
}
