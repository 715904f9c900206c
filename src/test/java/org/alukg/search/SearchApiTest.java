package org.alukg.search;

import static org.alukg.ProblemDocuments.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.http.Routes;
import org.alukg.testing.Cli;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/search} and {@code alu:search} in SPARQL on a real server over the curated data. */
class SearchApiTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    /** The short forms found for {@code query} (a query string after {@code ?}), best first. */
    static List<String> ids(TestServer server, String query) throws Exception {
        HttpResponse<String> r = server.get(Routes.SEARCH + "?" + query, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<String> ids = new ArrayList<>();
        JSON.readTree(r.body()).path("results").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    static List<String> ids(String query) throws Exception { return ids(server, query); }

    @Test
    void becancourWithoutItsAccentFindsTheSmelterAbiAndTheRodPlant() throws Exception {
        List<String> found = ids("q=becancour");
        assertTrue(found.containsAll(List.of("site/becancour", "site/becancour-rod-plant")), found.toString());
        assertTrue(found.indexOf("site/becancour") < 2 && found.indexOf("site/becancour-rod-plant") < 2, found.toString());
        assertEquals("site/becancour", ids("q=ABI").get(0), "ABI is the smelter's acronym");
        assertEquals(found, ids("q=B%C3%89CANCOUR"), "case and accents do not matter");
    }

    @Test
    void alcoaFindsAlcoaFirst() throws Exception {
        List<String> found = ids("q=alcoa");
        assertEquals("org/alcoa", found.get(0), found.toString());
        assertTrue(found.size() > 1, "things that name Alcoa come after it: " + found);
    }

    @Test
    void frenchElisionsAndPrefixesAsOneTypes() throws Exception {
        assertEquals("site/becancour", ids("q=" + Routes.encode("l'aluminerie de Bécancour")).get(0));
        assertEquals("site/becancour", ids("q=" + Routes.encode("l’Aluminerie de Bécancour")).get(0));
        assertEquals("org/groupe-alco-tmi", ids("q=alco").get(0), "a whole word counts more than a beginning");
        assertTrue(ids("q=alco&limit=3").contains("org/alcoa"), "a word's beginning finds as one types");
        assertTrue(ids("q=alc").containsAll(List.of("org/alcoa", "org/alcan")));
        assertTrue(ids("q=becan").contains("site/becancour"));
        assertTrue(ids("q=alumineries&kind=site&limit=100").contains("site/becancour"), "a French plural");
        assertTrue(ids("q=smelters&kind=site&limit=100").contains("site/alma"), "an English plural");
    }

    @Test
    void alternativeNamesMunicipalitiesAndDescriptionsAreSearched() throws Exception {
        assertEquals("org/rio-tinto", ids("q=RTA").get(0), "an acronym");
        assertEquals("org/rio-tinto", ids("q=" + Routes.encode("rio tinto alcan")).get(0), "an alternative name");
        List<String> inBecancour = ids("q=becancour&kind=org");
        assertTrue(inBecancour.contains("org/sural"), "Sural's municipality is Bécancour: " + inBecancour);
        assertTrue(ids("q=magnet").contains("site/becancour-rod-plant"), "a word of a description");
    }

    @Test
    void kindLimitAndLanguageShapeTheAnswer() throws Exception {
        JsonNode answer = JSON.readTree(server.get(Routes.SEARCH + "?q=becancour&kind=site&limit=1&lang=fr",
                                                   "application/json").body());
        assertEquals(1, answer.path("results").size());
        JsonNode hit = answer.path("results").get(0);
        assertEquals("site", hit.path("kind").asText());
        assertEquals("Aluminerie de Bécancour", hit.path("label").asText());
        assertEquals("https://w3id.org/alukg/id/site/becancour", hit.path("iri").asText());
        assertEquals("/id/site/becancour", hit.path("page").asText());
        for (String id : ids("q=aluminium&kind=product,region&limit=100"))
            assertTrue(id.startsWith("product/") || id.startsWith("region/"), id);
        assertEquals(List.of(), ids("q=zzzzqqq"));
    }

    @Test
    void badParametersAreProblemsThatNameThem() throws Exception {
        record Bad(String query, String field, String detail) {}
        for (Bad b : List.of(new Bad("", "q", "missing parameter: q"),
                             new Bad("q=%20", "q", "missing parameter: q"),
                             new Bad("q=alma&kind=smelter", "kind",
                                     "kind must be one of org, site, product, region, industry: smelter"),
                             new Bad("q=alma&limit=0", "limit", "limit must be from 1 to 100: 0"),
                             new Bad("q=alma&limit=1000", "limit", "limit must be from 1 to 100: 1000"),
                             new Bad("q=alma&limit=ten", "limit", "limit must be a whole number from 1 to 100: ten"),
                             new Bad("q=alma&lang=de", "lang", "lang must be en or fr: de"),
                             new Bad("q=" + "a".repeat(201), "q",
                                     "q is longer than 200 characters: " + "a".repeat(40) + "… (201 characters)"))) {
            JsonNode p = problem(server.get(Routes.SEARCH + "?" + b.query(), "application/json"), 400, "bad-request",
                                 "Bad request");
            assertEquals(b.detail(), p.path("detail").asText(), b.query());
            assertEquals(b.field(), p.path("field").asText(), b.query());
        }
    }

    @Test
    void sparqlSearchesWithAluSearch() throws Exception {
        HttpResponse<String> r = server.sparql("""
            PREFIX alu: <https://w3id.org/alukg/ontology#>
            SELECT ?thing ?name WHERE { (?thing ?score ?name) alu:search ("becancour" "site" 2) }""", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> lines = r.body().lines().toList();
        assertEquals("thing,name", lines.get(0));
        assertEquals(3, lines.size(), r.body());
        assertTrue(lines.contains("https://w3id.org/alukg/id/site/becancour,Bécancour smelter"), r.body());

        HttpResponse<String> joined = server.sparql("""
            PREFIX alu: <https://w3id.org/alukg/ontology#>
            SELECT ?operator WHERE { ?site alu:search "ABI" ; alu:operator ?operator }""", "text/csv");
        assertEquals("operator\nhttps://w3id.org/alukg/id/org/alcoa", joined.body().strip().replace("\r", ""));

        HttpResponse<String> bad = server.sparql("""
            PREFIX alu: <https://w3id.org/alukg/ontology#>
            SELECT * WHERE { ?t alu:search ("alma" "smelter") }""", "text/csv");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("alu:search: kind must be one of org, site, product, region, industry: smelter"),
                   bad.body());
    }

    @Test
    void theCommandLineFindsWhatTheApiFinds() throws Exception {
        Cli.Run run = Cli.run("search", "--mem", "becancour", "--limit", "3");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(ids("q=becancour&limit=3"), lines.stream().map(l -> l.split(" ")[0]).toList());
        assertTrue(lines.contains("site/becancour-rod-plant  Bécancour rod plant"), run.out());

        Cli.Run none = Cli.run("search", "--mem", "zzzzqqq");
        assertEquals(0, none.code(), none.err());
        assertEquals("nothing found: zzzzqqq\n", none.out());
        Cli.Run bad = Cli.run("search", "--mem", "alma", "--limit", "0");
        assertEquals(1, bad.code());
        assertEquals("alukg: limit must be from 1 to 100: 0\n", bad.err());
    }

    @Test
    void theSearchIsInTheOpenApiDocument() throws Exception {
        JsonNode doc = JSON.readTree(server.get(Routes.OPENAPI, "application/json").body());
        JsonNode get = doc.path("paths").path(Routes.SEARCH).path("get");
        assertEquals("search", get.path("operationId").asText(), doc.path("paths").toString());
        List<String> names = new ArrayList<>();
        get.path("parameters").forEach(p -> names.add(p.path("name").asText()));
        assertEquals(List.of("q", "kind", "limit", "lang"), names);
    }
}
