package org.alukg.inference;

import static org.alukg.inference.InferenceTesting.assertUpToDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.alukg.config.ServerConfig;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a writable server, SPARQL Update and the Graph Store Protocol (PUT, POST, DELETE of a graph) change the inferred
 * graph in the same commit; a refused update changes neither; and readers see the closure on the public endpoint.
 */
class InferenceOverHttpTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static final String SMELTER = "https://example.org/test-smelter";
    static final String IS_SITE = "PREFIX org: <http://www.w3.org/ns/org#> ASK { <" + SMELTER + "> a org:Site }";

    @BeforeAll
    static void start() { server = curated.server(ServerConfig.defaults().withPort(0).withCredentials("admin", "pw")); }

    @Test
    void anUpdateAndItsUndoingAreFollowed() throws Exception {
        HttpResponse<String> insert = send("/cluster/update", "POST", "application/sparql-update",
            "INSERT DATA { GRAPH <urn:x:g> { <" + SMELTER + "> a <https://w3id.org/alukg/ontology#Smelter> } }");
        assertEquals(204, insert.statusCode(), insert.body());
        assertEquals("yes", ask(IS_SITE), "a smelter inserted by SPARQL Update is a W3C ORG site at once");
        assertUpToDate(server.store, "an update");

        HttpResponse<String> delete = send("/cluster/update", "POST", "application/sparql-update", "DROP GRAPH <urn:x:g>");
        assertEquals(204, delete.statusCode(), delete.body());
        assertEquals("no", ask(IS_SITE));
        assertUpToDate(server.store, "a DROP");
    }

    @Test
    void graphStoreWritesAreFollowed() throws Exception {
        String turtle = "<" + SMELTER + "> a <https://w3id.org/alukg/ontology#Smelter> .";
        HttpResponse<String> put = send("/cluster/data?graph=urn:x:gsp", "PUT", "text/turtle", turtle);
        assertTrue(put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertEquals("yes", ask(IS_SITE));
        assertUpToDate(server.store, "a Graph Store PUT");

        HttpResponse<String> replace = send("/cluster/data?graph=urn:x:gsp", "PUT", "text/turtle", "<https://example.org/a> <https://example.org/b> <https://example.org/c> .");
        assertTrue(replace.statusCode() == 200 || replace.statusCode() == 204, replace.statusCode() + " " + replace.body());
        assertEquals("no", ask(IS_SITE), "a PUT that replaces the graph takes its inferences with it");

        HttpResponse<String> post = send("/cluster/data?graph=urn:x:gsp", "POST", "text/turtle", turtle);
        assertTrue(post.statusCode() == 200 || post.statusCode() == 204, post.statusCode() + " " + post.body());
        assertEquals("yes", ask(IS_SITE));

        HttpResponse<String> delete = send("/cluster/data?graph=urn:x:gsp", "DELETE", null, null);
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, delete.statusCode() + " " + delete.body());
        assertEquals("no", ask(IS_SITE));
        assertUpToDate(server.store, "a Graph Store DELETE");
    }

    @Test
    void aRefusedUpdateChangesNeitherTheDataNorTheClosure() throws Exception {
        Set<Triple> before = InferenceTesting.inferred(server.store);
        long quads = server.store.read(() -> server.store.dataset().stream().count());
        HttpResponse<String> bad = send("/cluster/update", "POST", "application/sparql-update",
            "INSERT DATA { GRAPH <urn:x:g> { <" + SMELTER + "> a <https://w3id.org/alukg/ontology#Smelter> } ");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Encountered"), bad.body());
        assertEquals(before, InferenceTesting.inferred(server.store));
        assertEquals(quads, (long) server.store.read(() -> server.store.dataset().stream().count()));
    }

    @Test
    void theInferredGraphIsNamedAndInTheDefaultGraph() throws Exception {
        String q = "PREFIX alu: <https://w3id.org/alukg/ontology#> SELECT (COUNT(DISTINCT ?o) AS ?n) "
                   + "WHERE { GRAPH <https://w3id.org/alukg/graph/inferred> { ?o a alu:Organization } }";
        String inNamed = server.sparql(q, "text/csv").body();
        assertTrue(Integer.parseInt(inNamed.split("\r\n")[1]) > 50, inNamed);
        String all = server.sparql("PREFIX alu: <https://w3id.org/alukg/ontology#> SELECT (COUNT(DISTINCT ?o) AS ?n) "
                                   + "WHERE { ?o a alu:Organization }", "text/csv").body();
        assertTrue(Integer.parseInt(all.split("\r\n")[1]) > Integer.parseInt(inNamed.split("\r\n")[1]), all);
    }

    @Test
    void pagesMarkInferredFactsAndDumpsSayTheyHoldThem() throws Exception {
        HttpResponse<String> page = server.get("/doc/site/alouette.html", "text/html");
        assertEquals(200, page.statusCode());
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.body());
        java.util.List<String> marked = doc.select("p.kinds .inferred").eachText();
        assertTrue(marked.stream().anyMatch(t -> t.contains("Facility") && t.contains("(inferred)")),
                   "the kinds of a smelter show Facility as inferred: " + doc.select("p.kinds").text());
        assertTrue(doc.select("p.kinds").text().contains("smelter") && !doc.select("p.kinds .inferred").text().contains("smelter"),
                   "its asserted kind is not marked: " + doc.select("p.kinds").text());
        assertTrue(doc.select("table.facts .inferred").text().contains("(inferred)"), "a fact from a superproperty is marked");

        org.jsoup.nodes.Document dumps = org.jsoup.Jsoup.parse(server.get("/dumps/", "text/html").body());
        assertTrue(dumps.text().contains("the inferred facts apart in graph/inferred") && dumps.text().contains("inferred facts included"),
                   dumps.text());
    }

    private static String ask(String query) throws Exception {
        return server.sparql(query, "text/plain").body().trim();
    }

    private static HttpResponse<String> send(String path, String method, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)));
        if (contentType != null)
            b.header("Content-Type", contentType);
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
