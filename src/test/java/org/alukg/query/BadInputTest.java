package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad values, missing and unknown parameters, and injection payloads: 400 or an empty answer, store unchanged. */
class BadInputTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static long quadsBefore;
    static final ObjectMapper JSON = new ObjectMapper();

    static final List<String> PAYLOADS = List.of(
        "x\" } ; DROP ALL ; SELECT * { ?s ?p ?o \"",
        "site/alma> } INSERT DATA { <a:b> <a:b> <a:b> } #",
        "}",
        ">",
        "a\nb",
        "# comment",
        "' } UNION { ?s ?p ?o } #",
        "https://w3id.org/alukg/id/site/alma> . ?x ?y ?z . FILTER(true) #",
        "\\u003E");

    @BeforeAll
    static void start() {
        server = curated.server();
        quadsBefore = quads();
    }

    static long quads() {
        return server.store.read(() -> {
            long n = 0;
            for (var it = server.store.dataset().find(); it.hasNext(); it.next())
                n++;
            return n;
        });
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    void assertUnchanged() { assertEquals(quadsBefore, quads(), "the store changed"); }

    @Test
    void aBadIriIsA400NamingTheParameterAndTheValue() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/owners?facility=" + enc("not an iri"), null);
        assertEquals(400, r.statusCode());
        assertEquals("bad value for parameter facility: not an iri (not an IRI (it contains U+0020))", r.body().strip());
        assertUnchanged();
    }

    @Test
    void aBadYearIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/statistics?year=twenty", null);
        assertEquals(400, r.statusCode());
        assertEquals("bad value for parameter year: twenty (not a valid xsd:gYear)", r.body().strip());
        assertUnchanged();
    }

    @Test
    void aValueOutsideTheListIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/research-training?kind=" + enc("https://w3id.org/alukg/ontology#Producer"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("bad value for parameter kind: https://w3id.org/alukg/ontology#Producer (not one of "), r.body());
    }

    @Test
    void aMissingRequiredParameterIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/owners", null);
        assertEquals(400, r.statusCode());
        assertEquals("missing required parameter: facility", r.body().strip());
    }

    @Test
    void anUnknownParameterIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/smelters?colour=red", null);
        assertEquals(400, r.statusCode());
        assertEquals("unknown parameter: colour (smelters takes region, operator)", r.body().strip());
    }

    @Test
    void badFormatsAndPagesAre400AndUnknownQueriesAre404() throws Exception {
        assertEquals("unknown format: pdf (one of json, sparql-json, csv, tsv, xml, turtle, jsonld, ntriples)",
                     server.get("/api/queries/smelters?format=pdf", null).body().strip());
        assertEquals("format not available for smelters: turtle (use one of json, sparql-json, csv, tsv, xml)",
                     server.get("/api/queries/smelters?format=turtle", null).body().strip());
        HttpResponse<String> page = server.get("/api/queries/smelters?page=0", null);
        assertEquals(400, page.statusCode());
        assertEquals("bad value for page: 0 (a whole number from 1 to 2147483647)", page.body().strip());
        HttpResponse<String> none = server.get("/api/queries/nothing-here", null);
        assertEquals(404, none.statusCode());
        assertEquals("no named query: nothing-here (GET /api/queries lists them)", none.body().strip());
    }

    @Test
    void injectionPayloadsInIriParametersAre400AndChangeNothing() throws Exception {
        for (String p : PAYLOADS) {
            HttpResponse<String> r = server.get("/api/queries/smelters?region=" + enc(p), null);
            assertEquals(400, r.statusCode(), p);
            assertTrue(r.body().startsWith("bad value for parameter region: "), r.body());
        }
        assertUnchanged();
    }

    @Test
    void injectionPayloadsInTextParametersFindNothingAndChangeNothing() throws Exception {
        for (String p : PAYLOADS) {
            HttpResponse<String> r = server.get("/api/queries/organisations?q=" + enc(p), null);
            assertEquals(200, r.statusCode(), p);
            assertEquals(0, JSON.readTree(r.body()).size(), p + " → " + r.body());
        }
        assertUnchanged();
    }

    @Test
    void injectionPayloadsInNumberAndDateParametersAre400() throws Exception {
        for (String p : PAYLOADS) {
            HttpResponse<String> r = server.get("/api/queries/statistics?year=" + enc(p), null);
            assertEquals(400, r.statusCode(), p);
            assertTrue(r.body().startsWith("bad value for parameter year: "), r.body());
        }
        assertUnchanged();
    }

    @Test
    void aTextParameterIsMatchedAsText() throws Exception {
        JsonNode rows = JSON.readTree(server.get("/api/queries/organisations?q=" + enc("ALU"), null).body());
        List<String> found = new java.util.ArrayList<>();
        rows.forEach(r -> found.add(r.get("organisation").asText()));
        assertTrue(found.contains("https://w3id.org/alukg/id/org/aluquebec"), found.toString());
        JsonNode fr = JSON.readTree(server.get("/api/queries/organisations?q=" + enc("Vallée de l"), null).body());
        assertEquals(1, fr.size(), fr.toString());
        assertEquals("https://w3id.org/alukg/id/org/vallee-aluminium", fr.get(0).get("organisation").asText());
    }
}
