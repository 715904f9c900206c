package org.alukg.search;

import static org.alukg.search.SearchApiTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.Operations;
import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.ops.Restore;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index is right after every kind of write, on every path: an import, its replacement and its removal; a
 * SPARQL update; Graph Store PUT, DELETE, and SPARQL DROP and CLEAR of a graph; a restore from a backup; a compaction
 * (and a write after it). Each step writes a name nobody else uses and searches for it on the real server.
 */
class SearchFollowsWritesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final String USER = "admin", PASSWORD = "search-secret";
    static final String GRAPH = "https://w3id.org/alukg/graph/search-test";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path backups;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = curated.server(Settings.defaults()
            .withServer(ServerConfig.defaults().withPort(0).withCredentials(USER, PASSWORD))
            .withOperations(Operations.defaults().withBackupFolder(backups).withAutoCompactMultiple(0)));
    }

    /** One firm of an inventory, named {@code name}, as CSV. */
    static String inventory(String name) {
        return "neq,identifier,name_fr,name_en,kind,municipality,region,industries,products,customers,suppliers,inputs,"
               + "source_url,source_title,date,confidence,comment\n"
               + ",SRCH-1," + name + "," + name + ",manufacturer,Saint-Georges,Chaudière-Appalaches,336212,,,,,"
               + "https://example.org/alukg/fictional-inventory,Fictional example inventory (not real firms),2024,low,"
               + "A fictional firm of the search tests.\n";
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = server.request(path)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void update(String sparql) throws Exception {
        HttpResponse<String> r = send("POST", "/cluster/update", "application/sparql-update", sparql);
        assertEquals(204, r.statusCode(), r.body());
    }

    static String org(String slug, String label) {
        return "<https://w3id.org/alukg/id/org/" + slug + "> <http://www.w3.org/2000/01/rdf-schema#label> \"" + label
               + "\"@fr .\n";
    }

    static List<String> found(String q) throws Exception { return ids(server, "q=" + q); }

    @Test
    void anImportItsReplacementAndItsRemoval() throws Exception {
        HttpResponse<String> imported = send("POST", "/api/imports?name=search-firm", "text/csv",
                                             inventory("Fonderie Zéphyrine"));
        assertEquals(201, imported.statusCode(), imported.body());
        List<String> zephyrine = found("zephyrine");
        assertEquals(1, zephyrine.size(), zephyrine.toString());
        assertTrue(zephyrine.get(0).startsWith("org/"), zephyrine.toString());

        HttpResponse<String> replaced = send("POST", "/api/imports?name=search-firm&replace=true", "text/csv",
                                             inventory("Fonderie Ostralie"));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(List.of(), found("zephyrine"), "the replaced import's name is no longer found");
        assertEquals(1, found("ostralie").size());

        HttpResponse<String> deleted = send("DELETE", "/api/imports/search-firm", null, null);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(List.of(), found("ostralie"), "the removed import's firm is no longer found");
    }

    @Test
    void aSparqlUpdateInsertsAndDeletes() throws Exception {
        update("INSERT DATA { GRAPH <" + GRAPH + "> { " + org("search-quartzite", "Métaux Quartzite") + " } }");
        assertEquals(List.of("org/search-quartzite"), found("quartzite"));
        update("DELETE DATA { GRAPH <" + GRAPH + "> { " + org("search-quartzite", "Métaux Quartzite") + " } }");
        assertEquals(List.of(), found("quartzite"));
    }

    @Test
    void graphStorePutAndDeleteAndSparqlDropAndClear() throws Exception {
        String graph = "/cluster/data?graph=" + java.net.URLEncoder.encode(GRAPH + "/gsp", StandardCharsets.UTF_8);
        assertEquals(201, send("PUT", graph, "application/n-triples", org("search-gsp", "Forges Albédo")).statusCode());
        assertEquals(List.of("org/search-gsp"), found("albedo"));
        int replaced = send("PUT", graph, "application/n-triples", org("search-gsp", "Forges Borée")).statusCode();
        assertTrue(replaced == 200 || replaced == 204, "PUT over a graph: " + replaced);
        assertEquals(List.of(), found("albedo"), "a PUT replaces the graph: the old name is gone");
        assertEquals(List.of("org/search-gsp"), found("boree"));
        assertEquals(204, send("DELETE", graph, null, null).statusCode());
        assertEquals(List.of(), found("boree"), "a Graph Store DELETE removes the graph");

        update("INSERT DATA { GRAPH <" + GRAPH + "/drop> { " + org("search-drop", "Laminoir Cérès") + " } }");
        assertEquals(List.of("org/search-drop"), found("ceres"));
        update("DROP GRAPH <" + GRAPH + "/drop>");
        assertEquals(List.of(), found("ceres"), "DROP GRAPH");

        update("INSERT DATA { GRAPH <" + GRAPH + "/clear> { " + org("search-clear", "Tréfilerie Vesta") + " } }");
        assertEquals(List.of("org/search-clear"), found("vesta"));
        update("CLEAR GRAPH <" + GRAPH + "/clear>");
        assertEquals(List.of(), found("vesta"), "CLEAR GRAPH");
    }

    @Test
    void aRestoreAndACompactionAndAWriteAfterIt() throws Exception {
        HttpResponse<String> backup = send("POST", "/$/backup", null, null);
        assertEquals(200, backup.statusCode(), backup.body());
        Path file = backups.resolve(JSON.readTree(backup.body()).path("file").asText());
        update("INSERT DATA { GRAPH <" + GRAPH + "/restore> { " + org("search-restore", "Extrusions Pallas") + " } }");
        assertEquals(List.of("org/search-restore"), found("pallas"));
        Restore.into(server.store, file, true);
        assertEquals(List.of(), found("pallas"), "the restored store has no firm added after its backup");
        assertEquals("org/alcoa", found("alcoa").get(0), "and it has the curated data");

        update("INSERT DATA { GRAPH <" + GRAPH + "/compact> { " + org("search-compact", "Anodes Junon") + " } }");
        HttpResponse<String> compacted = send("POST", "/$/compact", null, null);
        assertEquals(200, compacted.statusCode(), compacted.body());
        assertEquals(List.of("org/search-compact"), found("junon"), "found after the compaction");
        update("INSERT DATA { GRAPH <" + GRAPH + "/compact> { " + org("search-after", "Cathodes Minerve") + " } }");
        assertEquals(List.of("org/search-after"), found("minerve"), "a write after the compaction is found");
        update("DROP GRAPH <" + GRAPH + "/compact>");
        assertFalse(found("junon").contains("org/search-compact"));
    }
}
