package org.alukg.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Points on the endpoint: every smelter has one with its source and precision; distances and the named query "within". */
class GeographyTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static final String PREFIXES = """
        PREFIX alu: <https://w3id.org/alukg/ontology#>
        PREFIX geo: <http://www.opengis.net/ont/geosparql#>
        PREFIX geof: <http://www.opengis.net/def/function/geosparql/>
        PREFIX uom: <http://www.opengis.net/def/uom/OGC/1.0/>
        PREFIX dct: <http://purl.org/dc/terms/>
        """;

    @BeforeAll
    static void start() { server = curated.server(); }

    @Test
    void everyOperatingSmelterHasASourcedPointWithItsPrecision() throws Exception {
        String q = PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a alu:Smelter FILTER NOT EXISTS { ?s alu:closedIn ?y } "
                   + "?s geo:hasGeometry ?g . ?g geo:asWKT ?w ; dct:source ?src ; alu:coordinatePrecision ?p }";
        assertEquals("n\r\n9\r\n", server.sparql(q, "text/csv").body());
        String unsourced = PREFIXES + "SELECT ?g WHERE { ?x geo:hasGeometry ?g FILTER NOT EXISTS { ?g dct:source ?s ; alu:coordinatePrecision ?p } }";
        assertEquals("g\r\n", server.sparql(unsourced, "text/csv").body(), "every point cites its source and says its precision");
    }

    @Test
    void distancesAreComputedOnTheEndpoint() throws Exception {
        String q = PREFIXES + "PREFIX spatialF: <http://jena.apache.org/function/spatial#> "
                   + "SELECT (ROUND(spatialF:greatCircleGeom(?a, ?b, uom:kilometre)) AS ?km) (geof:distance(?a, ?b, uom:degree) AS ?deg) "
                   + "(ROUND(geof:distance(?a, ?b, uom:kilometre)) AS ?distanceKm) (ROUND(geof:distance(?a, ?b, uom:metre) / 1000) AS ?distanceM) WHERE { "
                   + "<https://w3id.org/alukg/id/site/alma> geo:hasGeometry/geo:asWKT ?a . "
                   + "<https://w3id.org/alukg/id/site/alouette> geo:hasGeometry/geo:asWKT ?b }";
        String body = server.sparql(q, "text/csv").body();
        String[] row = body.split("\r\n")[1].split(",");
        double km = Double.parseDouble(row[0]);
        assertTrue(km > 380 && km < 460, "Alma to Sept-Îles, about 420 km as the crow flies: " + body);
        double degrees = Double.parseDouble(row[1]);
        assertTrue(degrees > 5 && degrees < 6, "geof:distance in the degrees of CRS84: " + body);
        assertEquals(km, Double.parseDouble(row[2]), "geof:distance in kilometres is the great-circle distance: " + body);
        assertEquals(km, Double.parseDouble(row[3]), "and in metres: " + body);
        String within = PREFIXES + "SELECT ?s WHERE { ?s geo:hasGeometry ?g . ?g geo:sfWithin "
                        + "\"POLYGON((-72 48, -70.5 48, -70.5 49, -72 49, -72 48))\"^^geo:wktLiteral } ORDER BY ?s";
        String inBox = server.sparql(within, "text/csv").body();
        assertTrue(inBox.contains("/site/alma") && inBox.contains("/site/arvida") && !inBox.contains("/site/alouette"),
                   "geo:sfWithin a box round Saguenay and Alma: " + inBox);
    }

    @Test
    void theNamedQueryFindsWhatIsNearAPlaceAndNotWhatIsFar() throws Exception {
        var r = server.get("/api/queries/within?place=site/alma&km=60&format=csv", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = List.of(r.body().split("\r\n"));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("https://w3id.org/alukg/id/site/arvida,")), "Saguenay is within 60 km of Alma: " + rows);
        assertTrue(rows.stream().noneMatch(l -> l.contains("/site/alouette")), "Sept-Îles is not: " + rows);
        var bad = server.get("/api/queries/within?place=site/alma&km=far&format=csv", "text/csv");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("far"), bad.body());
    }

    @Test
    void theMapApiAnswersEveryPointAsGeoJsonAndRefusesAnotherFormat() throws Exception {
        var r = server.get("/api/map", "application/geo+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        assertEquals("FeatureCollection", json.path("type").asText());
        assertEquals(60, json.path("features").size(), "one feature per facility or organisation with a point");
        com.fasterxml.jackson.databind.JsonNode alma = null;
        for (var f : json.path("features"))
            if (f.path("id").asText().equals("https://w3id.org/alukg/id/site/alma"))
                alma = f;
        assertTrue(alma != null, "the Alma smelter is on the map");
        assertEquals(-71.655, alma.path("geometry").path("coordinates").get(0).asDouble(), 1e-6, "longitude first");
        assertEquals(48.555278, alma.path("geometry").path("coordinates").get(1).asDouble(), 1e-6);
        assertEquals("municipality", alma.path("properties").path("precision").asText());

        var kml = server.get("/api/map?format=kml", "application/json");
        assertEquals(400, kml.statusCode());
        assertTrue(kml.body().contains("format") && kml.body().contains("kml"), kml.body());
        assertTrue(server.get("/api/openapi.json", "application/json").body().contains("\"/api/map\""), "the map API is described");
    }

    @Test
    void theSvgMapDrawsTheProvinceAndEverySiteLinkedToItsPageWithItsCredit() throws Exception {
        var r = server.get("/api/map?format=svg", "image/svg+xml");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        org.jsoup.nodes.Document svg = org.jsoup.Jsoup.parse(r.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(1, svg.select("path.province").size(), "the outline of Québec");
        assertTrue(svg.select("text.credit").text().contains("CC BY 4.0"), "the outline's licence is credited on the map");
        var alma = svg.select("g.place:has(a[href=/id/site/alma])");
        assertEquals(1, alma.size(), "Alma has its marker, its name a link to its page: " + svg.select("a.site").eachAttr("href"));
        assertTrue(alma.select("a[href=/id/site/alma]").text().contains("Alma Works"), "labelled with its name: " + alma.text());
        assertTrue(svg.select("g.highlighted").isEmpty(), "without a focus nothing is marked");
        double x = Double.parseDouble(alma.select("circle").attr("cx")), y = Double.parseDouble(alma.select("circle").attr("cy"));
        var alouette = svg.select("g.place:has(a[href=/id/site/alouette]) circle");
        double ax = Double.parseDouble(alouette.attr("cx")), ay = Double.parseDouble(alouette.attr("cy"));
        String[] box = svg.selectFirst("svg").attr("viewBox").split(" ");
        assertTrue(x > Double.parseDouble(box[0]) && y > Double.parseDouble(box[1]), "inside the picture");
    }

    @Test
    void aFocusMarksTheThingsOfOneOrganisationOnly() throws Exception {
        var r = server.get("/api/map?format=svg&focus=org/alcoa", "image/svg+xml");
        assertEquals(200, r.statusCode(), r.body());
        var lit = org.jsoup.Jsoup.parse(r.body(), "", org.jsoup.parser.Parser.xmlParser()).select("g.highlighted a").eachAttr("href");
        assertTrue(lit.contains("/id/site/deschambault") && lit.contains("/id/site/becancour"), "Alcoa's smelters are marked: " + lit);
        assertTrue(!lit.contains("/id/site/alma"), "Rio Tinto's Alma is not: " + lit);
        var bad = server.get("/api/map?format=svg&focus=%3Cscript%3E", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("focus") && bad.body().contains("script"), bad.body());
    }
}
