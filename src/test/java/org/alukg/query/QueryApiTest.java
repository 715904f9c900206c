package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The query API over real HTTP: the catalog, runs, formats, several values, pages. */
class QueryApiTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() { server = curated.server(); }

    static List<JsonNode> csv(String body) throws Exception {
        return new CsvMapper().readerFor(JsonNode.class).with(CsvSchema.emptySchema().withHeader())
                              .<JsonNode>readValues(new StringReader(body)).readAll();
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void smeltersAsCsvAreTheNineOperatingSmeltersWithOperatorRegionAndCapacity() throws Exception {
        HttpResponse<String> r = server.get("/api/queries/smelters?format=csv", null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<JsonNode> rows = csv(r.body());
        assertEquals(List.of("smelter", "name", "operator", "operatorName", "region", "regionName", "capacity", "capacityLow",
                             "capacityYear"), names(rows.get(0)));
        // The done-when answer, read as a user reads the CSV (fact sheet §1A/§1B; see AnswersTest for the reasoning).
        assertEquals(List.of(
            "Alma Works,Rio Tinto,Saguenay–Lac-Saint-Jean,438000,2012",
            "Alouette smelter,Aluminerie Alouette inc.,Côte-Nord,630000,2025",
            "\"Arvida Aluminium Smelter, AP60 Technology Centre\",Rio Tinto,Saguenay–Lac-Saint-Jean,60000,2013",
            "Arvida Works,Rio Tinto,Saguenay–Lac-Saint-Jean,170000,2024",
            "Baie-Comeau smelter,Alcoa,Côte-Nord,300000,2016",
            "Bécancour smelter,Alcoa,Centre-du-Québec,413000,2018",
            "Deschambault smelter,Alcoa,Capitale-Nationale,287000,2022",
            "Grande-Baie Works,Rio Tinto,Saguenay–Lac-Saint-Jean,244000,2021",
            "Laterrière Works,Rio Tinto,Saguenay–Lac-Saint-Jean,235000,2010"),
            rows.stream().map(n -> String.join(",", quoted(n.get("name").asText()), n.get("operatorName").asText(),
                                               n.get("regionName").asText(), n.get("capacity").asText(),
                                               n.get("capacityYear").asText())).toList());
        for (JsonNode row : rows) {
            assertTrue(row.get("operator").asText().startsWith("https://w3id.org/alukg/id/org/"), row.toString());
            assertTrue(row.get("region").asText().startsWith("https://w3id.org/alukg/id/region/"), row.toString());
        }
    }

    static List<String> names(JsonNode row) {
        List<String> out = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static String quoted(String s) { return s.contains(",") ? '"' + s + '"' : s; }

    @Test
    void theListingNamesEveryQueryWithItsParameters() throws Exception {
        HttpResponse<String> r = server.get("/api/queries", null);
        assertEquals(200, r.statusCode());
        JsonNode list = JSON.readTree(r.body());
        Catalog catalog = Catalog.read(curated.locations().queriesDir());
        List<String> listed = new java.util.ArrayList<>();
        list.forEach(q -> listed.add(q.get("name").asText()));
        assertEquals(catalog.all().stream().map(NamedQuery::name).toList(), listed);
        assertEquals(catalog.all().size(), list.size());
        JsonNode smelters = null;
        for (JsonNode q : list)
            if (q.get("name").asText().equals("smelters"))
                smelters = q;
        assertEquals("region", smelters.get("parameters").get(0).get("name").asText());
        assertEquals("iri", smelters.get("parameters").get(0).get("type").asText());
        assertEquals(false, smelters.get("parameters").get(0).get("required").asBoolean());
    }

    @Test
    void severalValuesOfOneParameterAreAnswersForEach() throws Exception {
        HttpResponse<String> one = server.get("/api/queries/smelters?format=csv&region=region/cote-nord", null);
        assertEquals(List.of("alouette", "baie-comeau"), sites(csv(one.body())));
        HttpResponse<String> two = server.get("/api/queries/smelters?format=csv&region=region/cote-nord"
                                              + "&region=" + enc("https://w3id.org/alukg/id/region/centre-du-quebec"), null);
        assertEquals(List.of("alouette", "baie-comeau", "becancour"), sites(csv(two.body())));
        HttpResponse<String> both = server.get("/api/queries/smelters?format=csv&region=region/cote-nord&operator=org/alcoa", null);
        assertEquals(List.of("baie-comeau"), sites(csv(both.body())));
    }

    @Test
    void postWithAFormRunsTheQueryToo() throws Exception {
        HttpResponse<String> r = server.postForm("/api/queries/owners", "facility=site/becancour&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> rows = csv(r.body());
        assertEquals(List.of("https://w3id.org/alukg/id/org/alcoa", "https://w3id.org/alukg/id/org/rio-tinto"),
                     rows.stream().map(n -> n.get("owner").asText()).toList());
        assertEquals(100.0, rows.stream().mapToDouble(n -> Double.parseDouble(n.get("share").asText())).sum(), 0.001);
    }

    @Test
    void pagesComeWithLinkHeaders() throws Exception {
        HttpResponse<String> p1 = server.get("/api/queries/smelters?format=json&per_page=4", null);
        assertEquals(4, JSON.readTree(p1.body()).size());
        String link = p1.headers().firstValue("Link").orElseThrow();
        assertTrue(link.contains("</api/queries/smelters?format=json&page=2&per_page=4>; rel=\"next\""), link);
        assertTrue(link.contains("rel=\"first\"") && !link.contains("rel=\"prev\""), link);
        HttpResponse<String> p3 = server.get("/api/queries/smelters?format=json&per_page=4&page=3", null);
        assertEquals(1, JSON.readTree(p3.body()).size());
        String last = p3.headers().firstValue("Link").orElseThrow();
        assertTrue(last.contains("page=2&per_page=4>; rel=\"prev\"") && !last.contains("rel=\"next\""), last);
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (int page = 1; page <= 3; page++)
            JSON.readTree(server.get("/api/queries/smelters?per_page=4&page=" + page, "application/json").body())
                .forEach(n -> all.add(n.get("smelter").asText()));
        assertEquals(9, all.size());
    }

    @Test
    void acceptChoosesTheFormatAndTheFormatParameterWins() throws Exception {
        HttpResponse<String> srj = server.get("/api/queries/smelters", "application/sparql-results+json");
        assertTrue(srj.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
        assertEquals(9, JSON.readTree(srj.body()).path("results").path("bindings").size());
        HttpResponse<String> tsv = server.get("/api/queries/smelters?format=tsv", "application/sparql-results+json");
        assertTrue(tsv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/tab-separated-values"));
        HttpResponse<String> none = server.get("/api/queries/smelters", "image/png");
        assertEquals(406, none.statusCode());
        assertTrue(JSON.readTree(none.body()).path("detail").asText().startsWith("no format of smelters matches Accept: image/png"),
                   none.body());
    }

    @Test
    @org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.SYSTEM_OUT)
    void formatJsonIsTheSamePlainArrayOnTheCliAndTheApi() throws Exception {
        JsonNode api = JSON.readTree(server.get("/api/queries/smelters?format=json&region=region/cote-nord", null).body());
        org.alukg.testing.Cli.Run cli = org.alukg.testing.Cli.run("query", "smelters", "--format", "json", "--param",
                                                                "region=region/cote-nord", "--mem", "--home",
                                                                curated.locations().home().toString());
        int code = cli.code();
        assertEquals(0, code);
        assertEquals(api, JSON.readTree(cli.out()));
        assertEquals(2, api.size(), api.toString());
    }

    @Test
    void thePlainJsonHasNumbersAsNumbers() throws Exception {
        JsonNode rows = JSON.readTree(server.get("/api/queries/capacity-history?facility=site/baie-comeau", null).body());
        assertTrue(rows.size() >= 1);
        assertTrue(rows.get(0).get("capacity").isNumber(), rows.toString());
        assertEquals("https://w3id.org/alukg/id/site/baie-comeau", rows.get(0).get("facility").asText());
    }

    @Test
    void theApiPageShowsEveryQueryWithAFormAndNoScriptButTheSearchBoxs() throws Exception {
        HttpResponse<String> r = server.get("/api/", "text/html");
        assertEquals(200, r.statusCode());
        for (NamedQuery q : Catalog.read(curated.locations().queriesDir()).all())
            assertTrue(r.body().contains("<form method=\"get\" action=\"/api/queries/" + q.name() + "\">"), q.name());
        assertEquals(List.of("/web/search.js"), org.jsoup.Jsoup.parse(r.body()).select("script").eachAttr("src"),
                     "the one script is the search box's, from this server");
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
    }

    private static List<String> sites(List<JsonNode> rows) {
        return rows.stream().map(n -> n.get("smelter").asText().replace("https://w3id.org/alukg/id/site/", "")).sorted().toList();
    }
}
