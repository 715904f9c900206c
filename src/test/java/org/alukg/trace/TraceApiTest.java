package org.alukg.trace;

import static org.alukg.ProblemDocuments.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.alukg.http.AlukgModule;
import org.alukg.testing.Cli;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;

/** /api/trace, /api/paths, alu:tracePath on /cluster/sparql, and `alukg trace`, against a real server and CLI. */
@Order(2)
class TraceApiTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    static Map<String, List<String>> tiers(JsonNode trace) {
        Map<String, List<String>> m = new TreeMap<>();
        trace.get("tiers").fields().forEachRemaining(e -> {
            List<String> ids = new ArrayList<>();
            e.getValue().forEach(v -> ids.add(v.asText()));
            m.put(e.getKey(), ids);
        });
        return m;
    }

    @Test
    void theCliAndTheApiGiveTheSameTiersForBecancoursDownstreamChain() throws Exception {
        HttpResponse<String> api = server.get("/api/trace?from=site/becancour&direction=downstream&depth=3", null);
        assertEquals(200, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Map<String, List<String>> fromApi = tiers(JSON.readTree(api.body()));
        assertEquals(List.of("https://w3id.org/alukg/id/org/rod-customers-worldwide"), fromApi.get("2"));

        String out = cli("trace", "--mem", "site/becancour", "--downstream", "--depth", "3", "--format", "json");
        assertEquals(fromApi, tiers(JSON.readTree(out)));
    }

    static String cli(String... args) {
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.code(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    @Test
    void thePicturesLinksLeadToThisServersPagesAndTheCommandLinesKeepTheIris() throws Exception {
        HttpResponse<String> svg = server.get("/api/trace?from=site/alma&direction=downstream&depth=1&format=svg", null);
        assertEquals(200, svg.statusCode(), svg.body());
        Document picture = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        List<String> links = new ArrayList<>();
        var anchors = picture.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++)
            links.add(((org.w3c.dom.Element) anchors.item(i)).getAttribute("href"));
        assertTrue(links.contains("/id/site/alma"), links.toString());
        assertTrue(links.stream().allMatch(l -> l.startsWith("/id/")), "every node is one of ours, linked here: " + links);

        String file = cli("trace", "--mem", "site/alma", "--downstream", "--depth", "1", "--format", "svg");
        assertTrue(file.contains("href=\"https://w3id.org/alukg/id/site/alma\""), "a file keeps the IRIs");
    }

    @Test
    void theDocumentedCommandsRun() throws Exception {
        String svg = cli("trace", "--mem", "site/alma", "--downstream", "--depth", "3", "--format", "svg");
        assertTrue(svg.contains("<svg") && svg.contains(">Alma Works</text>"), svg);
        String paths = cli("trace", "--mem", "site/alouette", "--to", "org/fjordal", "--max-length", "3");
        assertEquals("path 1 (1): Alouette smelter -> Aluminerie Alouette inc. -> FjordAl Aluminium", paths.strip());
        String tiers = cli("trace", "--mem", "site/becancour", "--downstream", "--depth", "3");
        assertTrue(tiers.contains("tier 1:\n  Bécancour rod plant  <https://w3id.org/alukg/id/site/becancour-rod-plant>"),
                   tiers);
    }

    @Test
    void theCliNamesAnUnknownStartAndExitsRefused() throws Exception {
        Cli.Run run = Cli.run("trace", "--mem", "site/atlantis");
        assertEquals(1, run.code());
        assertEquals("alukg: unknown node: https://w3id.org/alukg/id/site/atlantis", run.err().strip());
    }

    @Test
    void everyFormatHasItsMediaTypeAndContent() throws Exception {
        String q = "/api/trace?from=site/becancour&depth=3&format=";
        HttpResponse<String> csv = server.get(q + "csv", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("from,fromLabel,fromTier,to,toLabel,toTier,kind,products,"), csv.body());
        List<Map<String, String>> rows = new ArrayList<>();
        new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                       .<Map<String, String>>readValues(csv.body()).forEachRemaining(rows::add);
        assertEquals(4, rows.size());
        Map<String, String> metal = rows.stream().filter(m -> m.get("toLabel").equals("Bécancour rod plant")
                                                              && m.get("kind").equals("supplies")).findFirst().orElseThrow();
        assertEquals("Bécancour smelter", metal.get("fromLabel"));
        assertEquals("Molten metal (liquid aluminium)", metal.get("products"));
        assertEquals("1992", metal.get("startedIn"));

        HttpResponse<String> graphml = server.get(q + "graphml", null);
        assertTrue(graphml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/graphml+xml"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, doc.getElementsByTagName("node").getLength());
        assertEquals(4, doc.getElementsByTagName("edge").getLength());

        HttpResponse<String> dot = server.get(q + "dot", null);
        assertTrue(dot.body().startsWith("digraph trace {"));
        assertTrue(dot.body().contains("\"https://w3id.org/alukg/id/site/becancour\" -> "
                                       + "\"https://w3id.org/alukg/id/site/becancour-rod-plant\""), dot.body());

        HttpResponse<String> svg = server.get("/api/trace?from=site/becancour&depth=3", "image/svg+xml");
        assertTrue(svg.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        assertTrue(svg.body().contains(">Bécancour rod plant</text>"), svg.body());
    }

    @Test
    void pathsFromAlouetteToFjordAl() throws Exception {
        HttpResponse<String> r = server.get("/api/paths?from=site/alouette&to=org/fjordal&maxLength=3", null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode paths = JSON.readTree(r.body()).get("paths");
        assertEquals(1, paths.size());
        assertEquals("https://w3id.org/alukg/id/org/aluminerie-alouette", paths.get(0).get("nodes").get(1).asText());
    }

    @Test
    void mistakesAre4xxWithAProblemDocumentAndLeaveTheStoreAsItWas() throws Exception {
        long before = server.store.read(() -> server.store.dataset().stream().count());
        HttpResponse<String> unknown = server.get("/api/trace?from=site/atlantis", null);
        assertEquals(404, unknown.statusCode());
        assertEquals("unknown node: https://w3id.org/alukg/id/site/atlantis",
                     JSON.readTree(unknown.body()).get("detail").asText());
        HttpResponse<String> deep = server.get("/api/trace?from=site/becancour&depth=9", null);
        assertEquals(400, deep.statusCode());
        assertEquals("depth over the cap maxDepth=6: 9", JSON.readTree(deep.body()).get("detail").asText());
        HttpResponse<String> longPaths = server.get("/api/paths?from=site/alouette&to=org/fjordal&maxLength=7", null);
        assertEquals(400, longPaths.statusCode());
        assertEquals("maxLength over the cap maxPathLength=6: 7", JSON.readTree(longPaths.body()).get("detail").asText());
        HttpResponse<String> badYear = server.get("/api/trace?from=site/becancour&asOf=last-year", null);
        assertEquals(400, badYear.statusCode());
        assertEquals("asOf must be a year such as 2020: last-year", JSON.readTree(badYear.body()).get("detail").asText());
        assertEquals(before, server.store.read(() -> server.store.dataset().stream().count()));
    }

    @Test
    void aBadTraceRequestIsAProblemNamingTheParameterAndItsValue() throws Exception {
        JsonNode depth = problem(server.get("/api/trace?from=site/becancour&depth=9", null), 400, "bad-request",
                                 "Bad request");
        assertEquals("depth over the cap maxDepth=6: 9", depth.path("detail").asText());
        assertEquals("depth", depth.path("field").asText());
        assertEquals("9", depth.path("value").asText());
        assertEquals("maxDepth", depth.path("cap").asText());
        assertEquals(6, depth.path("limit").asInt());

        JsonNode direction = problem(server.get("/api/trace?from=site/becancour&direction=sideways", null), 400,
                                     "bad-request", "Bad request");
        assertEquals("direction must be downstream, upstream or both: sideways", direction.path("detail").asText());
        assertEquals("direction", direction.path("field").asText());
        assertEquals("sideways", direction.path("value").asText());

        JsonNode between = problem(server.get("/api/trace?from=site/becancour&betweenness=maybe", null), 400,
                                   "bad-request", "Bad request");
        assertEquals("betweenness must be true or false: maybe", between.path("detail").asText());
        assertEquals("betweenness", between.path("field").asText());

        JsonNode unknown = problem(server.get("/api/trace?from=site/atlantis", null), 404, "not-found", "Not found");
        assertEquals("unknown node: https://w3id.org/alukg/id/site/atlantis", unknown.path("detail").asText());
        assertEquals("from", unknown.path("field").asText());
        assertEquals("site/atlantis", unknown.path("value").asText());
    }

    @Test
    void aBadPathRequestIsAProblemNamingTheParameterAndItsValue() throws Exception {
        JsonNode missing = problem(server.get("/api/paths?from=site/alouette", null), 400, "bad-request", "Bad request");
        assertEquals("missing parameter: to", missing.path("detail").asText());
        assertEquals("to", missing.path("field").asText());

        JsonNode longer = problem(server.get("/api/paths?from=site/alouette&to=org/fjordal&maxLength=7", null), 400,
                                  "bad-request", "Bad request");
        assertEquals("maxLength over the cap maxPathLength=6: 7", longer.path("detail").asText());
        assertEquals("maxLength", longer.path("field").asText());
        assertEquals("7", longer.path("value").asText());
        assertEquals("maxPathLength", longer.path("cap").asText());

        JsonNode to = problem(server.get("/api/paths?from=site/alouette&to=org/nowhere", null), 404, "not-found",
                              "Not found");
        assertEquals("unknown node: https://w3id.org/alukg/id/org/nowhere", to.path("detail").asText());
        assertEquals("to", to.path("field").asText());

        JsonNode notIri = problem(server.get("/api/paths?from=" + java.net.URLEncoder.encode("a b", StandardCharsets.UTF_8)
                                  + "&to=org/fjordal", null), 400, "bad-request", "Bad request");
        assertEquals("not an IRI or a short form such as site/alma: a b", notIri.path("detail").asText());
        assertEquals("from", notIri.path("field").asText());
    }

    @Test
    void tracePathOverItsCapIsA400OnTheSparqlEndpointNamingTheCap() throws Exception {
        HttpResponse<String> r = server.sparql("""
            PREFIX alu: <https://w3id.org/alukg/ontology#>
            SELECT * WHERE { ?p alu:tracePath (<https://w3id.org/alukg/id/site/alouette>
                                               <https://w3id.org/alukg/id/org/fjordal> 9) }""", "text/csv");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("alu:tracePath: maxLength over the cap maxPathLength=6: 9"), r.body());
        assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
    }

    @Test
    void theOpenApiPathsDescribeBothEndpoints() {
        AlukgModule trace = server.server.modules().stream().filter(f -> f instanceof TraceModule).findFirst()
                                         .orElseThrow();
        assertEquals(List.of("/api/trace", "/api/paths"), List.copyOf(trace.openApiPaths().keySet()));
        assertEquals("trace", trace.openApiPaths().get("/api/trace").getGet().getOperationId());
        assertTrue(trace.openApiPaths().get("/api/paths").getGet().getResponses().containsKey("404"));
    }

    @Test
    void thePropertyFunctionBindsEachPathWithItsIntermediateNodes() throws Exception {
        String query = """
            PREFIX alu: <https://w3id.org/alukg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?path ?step ?name WHERE {
              (?path ?step ?node) alu:tracePath (<https://w3id.org/alukg/id/site/becancour>
                                                 <https://w3id.org/alukg/id/org/rod-customers-worldwide> 3) .
              ?node rdfs:label ?name FILTER(lang(?name) = "en")
            } ORDER BY ?path ?step""";
        HttpResponse<String> r = server.sparql(query, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("""
            path,step,name\r
            1,0,Bécancour smelter\r
            1,1,Bécancour rod plant\r
            1,2,"Cable makers, magnet-wire makers and steel mills (worldwide)"\r
            """, r.body());
    }
}
