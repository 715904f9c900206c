package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alukg.http.Routes;
import org.alukg.vocab.Alu;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages for people, read as a browser reads them: language, facts in words, conflicts, escaping, the ontology page. */
class PagesTest {
    @RegisterExtension static final Curated curated = Curated.linkedData();
    static TestServer web;

    @BeforeAll
    static void start() { web = curated.server(); }

    @Test
    void frenchByAcceptLanguageEnglishBySwitch() throws Exception {
        HttpResponse<String> fr = web.get("/doc/site/alouette", "Accept", "text/html", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
        assertEquals("fr", fr.headers().firstValue("Content-Language").orElseThrow());
        Document frPage = Jsoup.parse(fr.body());
        assertEquals("fr", frPage.selectFirst("html").attr("lang"));
        assertEquals("Aluminerie Alouette", frPage.selectFirst("h1#name").text());
        assertTrue(texts(frPage, "#owners li.ownership").stream().anyMatch(t -> t.contains("détient 13,33 %")),
                   "French numbers: " + texts(frPage, "#owners li.ownership"));
        assertEquals("/doc/site/alouette?lang=en", frPage.selectFirst("nav.lang a[hreflang=en]").attr("href"), "a switch to English");
        HttpResponse<String> en = web.get("/doc/site/alouette?lang=en", "Accept", "text/html", "Accept-Language", "fr");
        assertEquals("en", en.headers().firstValue("Content-Language").orElseThrow());
        Document enPage = Jsoup.parse(en.body());
        assertEquals("Alouette smelter", enPage.selectFirst("h1#name").text());
        Element rioTinto = enPage.selectFirst("#owners li:has(.who a[href=\"/id/org/rio-tinto?lang=en\"])");
        assertEquals("Rio Tinto", rioTinto.selectFirst(".who a").text(), "links keep the chosen language");
        assertTrue(rioTinto.text().startsWith("Rio Tinto owns 40 % — "), "shares in words: " + rioTinto.text());
        assertEquals("40 %", rioTinto.selectFirst(".share").text());
    }

    @Test
    void relationshipNodesInWordsWithSourcesAndDates() throws Exception {
        Document page = Jsoup.parse(web.get("/doc/site/becancour?lang=en", "Accept", "text/html").body());
        Element alcoa = page.selectFirst("#owners li:has(.who a[href=\"/id/org/alcoa?lang=en\"])");
        assertTrue(alcoa.text().startsWith("Alcoa owns 74.95 % — Alcoa Corporation Form 10-K 2023, 2024-02-21"), alcoa.text());
        Element source = alcoa.selectFirst(".source");
        assertEquals("Alcoa Corporation Form 10-K 2023",
                     source.selectFirst("a[href=\"https://investors.alcoa.com/financials/sec-filings\"]").text());
        assertEquals("2024-02-21", source.selectFirst("time").text());
        Document alouette = Jsoup.parse(web.get("/doc/site/alouette?lang=en", "Accept", "text/html").body());
        Element supplied = alouette.selectFirst("#supply li.supplied-by:has(a[href=\"/id/org/trans-al?lang=en\"])");
        assertTrue(supplied.text().startsWith("Supplied with Transport services by Trans-Al since 2005"), supplied.text());
        assertEquals("Transport services", supplied.selectFirst("a[href=\"/id/product/transport?lang=en\"]").text());
        assertEquals(List.of("Trans-Al"), incoming(alouette, "supplied by", "/id/org/trans-al?lang=en"), "incoming link");
        assertEquals(Routes.tracePicture(Alu.id("site", "alouette"), "en"), alouette.selectFirst("#network img").attr("src"));
        assertTrue(alouette.selectFirst("#network img").attr("src")
                           .startsWith("/api/trace?from=https%3A%2F%2Fw3id.org%2Falukg%2Fid%2Fsite%2Falouette&direction=both&depth=1&format=svg"));
        assertTrue(alouette.selectFirst("a#sparql").attr("href").startsWith("/#/dataset/cluster/query?query=SELECT"), "a SPARQL link");
        Document aluquebec = Jsoup.parse(web.get("/doc/org/aluquebec?lang=en", "Accept", "text/html").body());
        Element member = aluquebec.selectFirst("#memberships li:has(a[href=\"/id/org/trans-al?lang=en\"])");
        assertTrue(member.text().startsWith("Trans-Al is a member"), member.text());
    }

    @Test
    void conflictingFiguresStandSideBySide() throws Exception {
        Document page = Jsoup.parse(web.get("/doc/site/becancour?lang=en", "Accept", "text/html").body());
        Element row = page.selectFirst("#values tr.conflict:has(td:eq(0):matchesOwn(^2023$))");
        assertTrue(row != null, page.select("#values").outerHtml());
        String conflict = row.text();
        assertTrue(conflict.contains("sources disagree"));
        assertEquals(2, row.select(".figure").size(), "side by side");
        assertTrue(conflict.contains("413,000 tonnes per year") && conflict.contains("450,000 tonnes per year"), conflict);
        assertTrue(conflict.contains("Alcoa Corporation Form 10-K 2023") && conflict.contains("ABI — Aluminerie de Bécancour"), conflict);
    }

    @Test
    void hostileLabelRendersAsText() throws Exception {
        for (String lang : new String[] {"en", "fr"}) {
            Document page = Jsoup.parse(web.get("/doc/org/hostile?lang=" + lang, "Accept", "text/html").body());
            assertTrue(onlyOurScript(page), page.html());
            assertTrue(page.select("img[src=x]").isEmpty(), page.html());
            assertEquals("<script>alert('pwned')</script> Évil & " + (lang.equals("en") ? "Co" : "Cie"), page.selectFirst("h1#name").text());
            assertTrue(texts(page, "#facts td").contains("\"><img src=x onerror=alert(1)>"), texts(page, "#facts td").toString());
        }
    }

    @Test
    void hostileLabelStaysTextInTheTitleAndInAttributes() throws Exception {
        String label = "<script>alert('pwned')</script> Évil & Co";
        Document page = Jsoup.parse(web.get("/doc/org/hostile?lang=en", "Accept", "text/html").body());
        assertEquals(label + " — alukg", page.title());
        assertEquals("Direct suppliers and customers of " + label, page.selectFirst("#network img").attr("alt"));
        assertTrue(page.select("[onerror], [onload]").isEmpty(), "no event handler from the data");
        assertTrue(page.select("head > *").stream().allMatch(e -> List.of("meta", "title", "link", "script").contains(e.tagName())),
                   page.head().html());
        assertTrue(onlyOurScript(page), page.head().html());
    }

    /**
     * The scripts of a page are the search box's and, on a page with a map, the interactive map's and Leaflet's, all
     * from this server, with nothing inline.
     */
    static boolean onlyOurScript(Document page) {
        return page.select("script").stream().allMatch(e -> List.of("/web/search.js", "/web/map.js", "/web/leaflet/leaflet.js")
                                                                 .contains(e.attr("src")) && e.html().isEmpty())
               && page.select("body script").isEmpty();
    }

    @Test
    void ontologyIsDocumentedOrTurtleByNegotiation() throws Exception {
        Document html = Jsoup.parse(web.get("/ontology", "Accept", "text/html", "Accept-Language", "fr").body());
        Element smelter = html.selectFirst("tr#Smelter");
        assertEquals("alu:Smelter", smelter.selectFirst("td:eq(0) > code").text());
        assertEquals("Smelter", smelter.selectFirst("td:eq(1)[lang=en]").text());
        assertEquals("Aluminerie", smelter.selectFirst("td:eq(2)[lang=fr]").text());
        HttpResponse<String> ttl = web.get("/ontology", "Accept", "text/turtle");
        assertTrue(ttl.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertTrue(ttl.body().contains("alu:Smelter"));
        HttpResponse<String> ctx = web.get("/ontology/context.jsonld");
        assertTrue(ctx.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body()).get("@context").has("owner"));
        Document alma = Jsoup.parse(web.get("/doc/site/alma?lang=en", "Accept", "text/html").body());
        assertEquals(List.of("Smelter"), alma.select("a[href=\"/class/Smelter?lang=en\"]").eachText(),
                     "a thing links up to the page of its class");
    }

    /** The texts of the elements {@code css} selects. */
    static List<String> texts(Document page, String css) { return page.select(css).eachText(); }

    /** The names linked to {@code href} under the incoming link {@code how} ({@code <dt>}, then its {@code <dd>}s). */
    static List<String> incoming(Document page, String how, String href) {
        List<String> names = new ArrayList<>();
        Element dt = page.selectFirst("#incoming dt:matchesOwn(^" + how + "$)");
        for (Element dd = dt.nextElementSibling(); dd != null && dd.tagName().equals("dd"); dd = dd.nextElementSibling())
            dd.select("a[href=\"" + href + "\"]").forEach(a -> names.add(a.text()));
        return names;
    }
}
