package org.alukg.query;

import static org.alukg.ProblemDocuments.problem;
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

    /** The detail of the problem document {@code r} answers with. */
    static String detail(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        return JSON.readTree(r.body()).path("detail").asText();
    }

    @Test
    void eachMistakeIsAProblemDocumentNamingTheParameterAndValue() throws Exception {
        JsonNode bad = problem(server.get("/api/queries/owners?facility=" + enc("not an iri"), null), 400,
                               "bad-request", "Bad request");
        assertEquals("bad value for parameter facility: not an iri (not an IRI (it contains U+0020))",
                     bad.path("detail").asText());
        assertEquals("facility", bad.path("field").asText());
        assertEquals("not an iri", bad.path("value").asText());

        JsonNode format = problem(server.get("/api/queries/smelters?format=pdf", null), 400, "bad-request",
                                  "Bad request");
        assertEquals("format", format.path("field").asText());
        assertEquals("pdf", format.path("value").asText());

        JsonNode missing = problem(server.get("/api/queries/owners", null), 400, "bad-request", "Bad request");
        assertEquals("facility", missing.path("field").asText());

        JsonNode none = problem(server.get("/api/queries/nothing-here", null), 404, "not-found", "Not found");
        assertEquals("no named query: nothing-here (GET /api/queries lists them)", none.path("detail").asText());
        assertEquals("nothing-here", none.path("value").asText());

        JsonNode accept = problem(server.get("/api/queries/smelters", "image/png"), 406, "not-acceptable",
                                  "Not acceptable");
        assertTrue(accept.path("detail").asText().startsWith("no format of smelters matches Accept: image/png"),
                   accept.toString());

        HttpResponse<String> post = server.postForm("/api/queries", "x=1");
        JsonNode notAllowed = problem(post, 405, "method-not-allowed", "Method not allowed");
        assertEquals("the list of named queries is read with GET: POST", notAllowed.path("detail").asText());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
        assertUnchanged();
    }

    @Test
    void aBadIriIsA400NamingTheParameterAndTheValue() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/owners?facility=" + enc("not an iri"), null);
        assertEquals(400, r.statusCode());
        assertEquals("bad value for parameter facility: not an iri (not an IRI (it contains U+0020))", detail(r));
        assertUnchanged();
    }

    @Test
    void aBadYearIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/statistics?year=twenty", null);
        assertEquals(400, r.statusCode());
        assertEquals("bad value for parameter year: twenty (not a valid xsd:gYear)", detail(r));
        assertUnchanged();
    }

    @Test
    void aValueOutsideTheListIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/research-training?kind=" + enc("https://w3id.org/alukg/ontology#Producer"), null);
        assertEquals(400, r.statusCode());
        assertTrue(detail(r).startsWith("bad value for parameter kind: https://w3id.org/alukg/ontology#Producer (not one of "), r.body());
    }

    @Test
    void aMissingRequiredParameterIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/owners", null);
        assertEquals(400, r.statusCode());
        assertEquals("missing required parameter: facility", detail(r));
    }

    @Test
    void anUnknownParameterIsA400() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/smelters?colour=red", null);
        assertEquals(400, r.statusCode());
        assertEquals("unknown parameter: colour (smelters takes region, operator)", detail(r));
    }

    @Test
    void badFormatsAndPagesAre400AndUnknownQueriesAre404() throws Exception {
        assertEquals("unknown format: pdf (one of json, sparql-json, csv, tsv, xml, turtle, jsonld, ntriples)",
                     detail(server.get("/api/queries/smelters?format=pdf", null)));
        assertEquals("format not available for smelters: turtle (use one of json, sparql-json, csv, tsv, xml)",
                     detail(server.get("/api/queries/smelters?format=turtle", null)));
        HttpResponse<String> page = server.get("/api/queries/smelters?page=0", null);
        assertEquals(400, page.statusCode());
        assertEquals("bad value for page: 0 (a whole number from 1 to 2147483647)", detail(page));
        HttpResponse<String> none = server.get("/api/queries/nothing-here", null);
        assertEquals(404, none.statusCode());
        assertEquals("no named query: nothing-here (GET /api/queries lists them)", detail(none));
    }

    @Test
    void injectionPayloadsInIriParametersAre400AndChangeNothing() throws Exception {
        for (String p : PAYLOADS) {
            HttpResponse<String> r = server.get("/api/queries/smelters?region=" + enc(p), null);
            assertEquals(400, r.statusCode(), p);
            assertTrue(detail(r).startsWith("bad value for parameter region: "), r.body());
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
            assertTrue(detail(r).startsWith("bad value for parameter year: "), r.body());
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
