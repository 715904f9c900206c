package org.alukg.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * spatial:nearby runs on jena-geosparql's spatial index, and the index follows each write at once: a SPARQL update, an
 * import and its delete, a Graph Store PUT and DELETE, a compaction.
 */
class NearbyFollowsWritesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final String USER = "admin", PASSWORD = "nearby-secret";
    static TestServer server;
    static final String NEAR_ALMA = """
        PREFIX spatial: <http://jena.apache.org/spatial#>
        PREFIX units: <http://www.opengis.net/def/uom/OGC/1.0/>
        SELECT ?thing WHERE { ?thing spatial:nearby (48.55 -71.65 5 units:kilometre) } ORDER BY ?thing
        """;

    @BeforeAll
    static void start() {
        server = curated.server(Settings.defaults().withServer(ServerConfig.defaults().withPort(0).withCredentials(USER, PASSWORD)));
    }

    @Test
    void nearbyFindsWhatIsCloseAndAPointAddedByAnUpdate() throws Exception {
        String before = server.sparql(NEAR_ALMA, "text/csv").body();
        assertTrue(before.contains("https://w3id.org/alukg/id/site/alma\r\n"), "the Alma smelter is near Alma: " + before);
        assertTrue(!before.contains("/site/alouette"), "Sept-Îles is not: " + before);
        assertTrue(!before.contains("/site/nearby-test-plant"), before);

        String insert = """
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            INSERT DATA { GRAPH <https://w3id.org/alukg/graph/nearby-test> {
              <https://w3id.org/alukg/id/site/nearby-test-plant> geo:hasGeometry <https://w3id.org/alukg/id/site/nearby-test-plant#point> .
              <https://w3id.org/alukg/id/site/nearby-test-plant#point> geo:asWKT "POINT(-71.64 48.56)"^^geo:wktLiteral } }
            """;
        HttpResponse<String> r = server.http.send(server.request("/cluster/update")
            .POST(HttpRequest.BodyPublishers.ofString(insert))
            .header("Content-Type", "application/sparql-update")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), r.body());

        String after = server.sparql(NEAR_ALMA, "text/csv").body();
        assertTrue(after.contains("https://w3id.org/alukg/id/site/nearby-test-plant\r\n"), "the new point is found at once: " + after);
        assertTrue(after.contains("https://w3id.org/alukg/id/site/alma\r\n"), after);
    }

    @Test
    void theIndexFollowsAnImportItsDeleteAGraphStorePutACompactionAndADrop() throws Exception {
        String plant = "https://w3id.org/alukg/id/site/nearby-import-plant";
        String turtle = "<" + plant + "> <http://www.opengis.net/ont/geosparql#hasGeometry> <" + plant + "#point> .\n<" + plant
                        + "#point> <http://www.opengis.net/ont/geosparql#asWKT> \"POINT(-71.66 48.54)\"^^<http://www.opengis.net/ont/geosparql#wktLiteral> .\n";
        assertEquals(201, send("POST", "/api/imports?name=nearby-import", "text/turtle", turtle).statusCode());
        assertTrue(near().contains(plant + "\r\n"), "an imported point is found: " + near());
        assertEquals(204, send("DELETE", "/api/imports/nearby-import", null, null).statusCode());
        assertTrue(!near().contains(plant), "the deleted import's point is gone: " + near());

        String graph = "/cluster/data?graph=https://w3id.org/alukg/graph/nearby-put";
        assertTrue(send("PUT", graph, "text/turtle", turtle).statusCode() < 300);
        assertTrue(near().contains(plant + "\r\n"), "a point put by the Graph Store protocol is found: " + near());
        HttpResponse<String> compacted = send("POST", "/$/compact", null, null);
        assertEquals(200, compacted.statusCode(), compacted.body());
        assertTrue(near().contains(plant + "\r\n"), "after a compaction too: " + near());
        assertEquals(204, send("DELETE", graph, null, null).statusCode());
        assertTrue(!near().contains(plant), "the dropped graph's point is gone, after the compaction: " + near());
    }

    private static String near() throws Exception { return server.sparql(NEAR_ALMA, "text/csv").body(); }

    private static HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder b = server.request(path)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (type != null)
            b.header("Content-Type", type);
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
