package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A figure that changes over time is drawn beside its table, in the page and from the history API, without script. */
class HistoryChartTest extends ProjectPages {
    @org.junit.jupiter.api.extension.RegisterExtension static final org.alukg.testing.Curated curated = org.alukg.testing.Curated.project();
    static org.alukg.testing.TestServer server;

    @org.junit.jupiter.api.BeforeAll
    static void start() { server = curated.server(); }

    @Test
    void capacityIsDrawnBesideItsTableWithConflictingValuesAsSeparateMarks() throws Exception {
        Document page = page(server, "/doc/site/alouette?lang=en");
        Element chart = page.selectFirst("#values h3:has(a:matchesOwn(^capacity$)) + figure.history svg");
        assertNotNull(chart, page.select("#values").outerHtml());
        assertTrue(chart.select("script").isEmpty() && page.select("main script").isEmpty(), "no script in the chart or the page's content");
        List<String> marks = chart.select("circle.mark > title").eachText();
        assertTrue(marks.containsAll(List.of("2005: 550,000 tonnes per year", "2005: 575,000 tonnes per year",
                                             "2025: 630,000 tonnes per year")), marks.toString());
        assertEquals(List.of("2005: 550,000 tonnes per year", "2005: 575,000 tonnes per year"),
                     chart.select("circle.mark.conflict > title").eachText(), "the two values of 2005 are separate marks, marked");
        assertFalse(marks.stream().anyMatch(m -> m.contains("undated")), "undated values have no place on a time axis");
    }

    @Test
    void theHistoryApiServesTheSameChartAsAnImage() throws Exception {
        Document alma = page(server, "/doc/site/alma?lang=en");
        String image = alma.selectFirst("#values h3:has(a:matchesOwn(^capacity$)) + figure.history figcaption a").attr("href");
        assertEquals("/api/history?of=site%2Falma&measure=capacity&lang=en", image, "the page links its chart as an image");
        var r = server.get(image, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        Document svg = Jsoup.parse(r.body(), Parser.xmlParser());
        Element root = svg.child(0);
        assertEquals("svg", root.tagName());
        assertEquals("http://www.w3.org/2000/svg", root.attr("xmlns"));
        assertTrue(svg.select("circle.mark").size() >= 2, r.body());
        assertEquals(alma.select("#values h3:has(a:matchesOwn(^capacity$)) + figure.history circle.mark > title").eachText(),
                     svg.select("circle.mark > title").eachText(), "the page's chart");
        var fr = server.get("/api/history?of=site/alouette&measure=capacity&lang=fr", null);
        assertTrue(Jsoup.parse(fr.body(), Parser.xmlParser()).select("circle > title").eachText().stream()
                        .anyMatch(t -> t.replace('\u00a0', ' ').replace('\u202f', ' ').equals("2025: 630 000 tonnes par année")), fr.body());
    }

    @Test
    void theHistoryApiNamesWhatIsWrong() throws Exception {
        var none = server.get("/api/history?of=site/alma&measure=nothing", null);
        assertEquals(404, none.statusCode());
        assertEquals("no figures over two years or more for this measure of site/alma: nothing", detail(none.body()));
        var bad = server.get("/api/history?of=not%20a%20thing&measure=capacity", null);
        assertEquals(400, bad.statusCode());
        assertTrue(detail(bad.body()).contains("not a thing"), bad.body());
        var unknown = server.get("/api/history?of=site/nowhere&measure=capacity", null);
        assertEquals(404, unknown.statusCode());
        var openapi = new ObjectMapper().readTree(server.get("/api/openapi.json", null).body());
        assertEquals("history", openapi.path("paths").path("/api/history").path("get").path("operationId").asText());
    }

    private static String detail(String problem) throws Exception { return new ObjectMapper().readTree(problem).path("detail").asText(); }
}
