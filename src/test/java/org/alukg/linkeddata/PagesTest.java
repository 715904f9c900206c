package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages for people, read as HTML text: language, facts in words, conflicts, escaping, the ontology page. */
class PagesTest {
    @RegisterExtension static final Curated curated = Curated.linkedData();
    static TestServer web;

    @BeforeAll
    static void start() { web = curated.server(); }

    @Test
    void frenchByAcceptLanguageEnglishBySwitch() throws Exception {
        HttpResponse<String> fr = web.get("/doc/site/alouette", "Accept", "text/html", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
        assertEquals("fr", fr.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(fr.body().contains("<html lang=\"fr\">"));
        assertTrue(fr.body().contains("<h1 id=\"name\">Aluminerie Alouette</h1>"));
        assertTrue(fr.body().contains("détient <span class=\"share\">13,33 %</span>"), "French numbers");
        assertTrue(fr.body().contains("href=\"/doc/site/alouette?lang=en\""), "a switch to English");
        HttpResponse<String> en = web.get("/doc/site/alouette?lang=en", "Accept", "text/html", "Accept-Language", "fr");
        assertEquals("en", en.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(en.body().contains("<h1 id=\"name\">Alouette smelter</h1>"));
        assertTrue(en.body().contains("<a href=\"/id/org/rio-tinto?lang=en\">Rio Tinto</a></span> owns <span class=\"share\">40 %</span>"),
                   "links keep the chosen language; shares in words");
    }

    @Test
    void relationshipNodesInWordsWithSourcesAndDates() throws Exception {
        String page = web.get("/doc/site/becancour?lang=en", "Accept", "text/html").body();
        assertTrue(page.contains("<a href=\"/id/org/alcoa?lang=en\">Alcoa</a></span> owns <span class=\"share\">74.95 %</span> — "
                                 + "<span class=\"source\"><a href=\"https://investors.alcoa.com/financials/sec-filings\">"
                                 + "Alcoa Corporation Form 10-K 2023</a>, <time>2024-02-21</time>"), page);
        String alouette = web.get("/doc/site/alouette?lang=en", "Accept", "text/html").body();
        assertTrue(alouette.contains("Supplied with <a href=\"/id/product/transport?lang=en\">Transport services</a> by "
                                     + "<a href=\"/id/org/trans-al?lang=en\">Trans-Al</a> since 2005"), alouette);
        assertTrue(alouette.contains("<dt>supplied by</dt><dd><a href=\"/id/org/trans-al?lang=en\">Trans-Al</a></dd>"), "incoming link");
        assertTrue(alouette.contains("<img src=\"/api/trace?from=https%3A%2F%2Fw3id.org%2Falukg%2Fid%2Fsite%2Falouette&amp;direction=both&amp;depth=1&amp;format=svg\""));
        assertTrue(alouette.contains("href=\"/#/dataset/cluster/query?query=SELECT"), "a SPARQL link");
        String aluquebec = web.get("/doc/org/aluquebec?lang=en", "Accept", "text/html").body();
        assertTrue(aluquebec.contains("<a href=\"/id/org/trans-al?lang=en\">Trans-Al</a> is a member"), aluquebec);
    }

    @Test
    void conflictingFiguresStandSideBySide() throws Exception {
        String page = web.get("/doc/site/becancour?lang=en", "Accept", "text/html").body();
        int row = page.indexOf("<tr class=\"conflict\"><td>2023</td>");
        assertTrue(row > 0, page);
        String conflict = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(conflict.contains("sources disagree"));
        assertTrue(conflict.contains("413,000 tonnes per year") && conflict.contains("450,000 tonnes per year"), conflict);
        assertTrue(conflict.contains("Alcoa Corporation Form 10-K 2023") && conflict.contains("ABI — Aluminerie de Bécancour"), conflict);
    }

    @Test
    void hostileLabelRendersAsText() throws Exception {
        for (String lang : new String[] {"en", "fr"}) {
            String page = web.get("/doc/org/hostile?lang=" + lang, "Accept", "text/html").body();
            assertFalse(page.contains("<script"), page);
            assertFalse(page.contains("<img src=x"), page);
            assertTrue(page.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; Évil &amp;"), page);
            assertTrue(page.contains("&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"), page);
        }
    }

    @Test
    void ontologyIsDocumentedOrTurtleByNegotiation() throws Exception {
        HttpResponse<String> html = web.get("/ontology", "Accept", "text/html", "Accept-Language", "fr");
        assertTrue(html.body().contains("<tr id=\"Smelter\"><td><code>alu:Smelter</code></td><td lang=\"en\">Smelter</td><td lang=\"fr\">Aluminerie</td>"),
                   html.body());
        HttpResponse<String> ttl = web.get("/ontology", "Accept", "text/turtle");
        assertTrue(ttl.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertTrue(ttl.body().contains("alu:Smelter"));
        HttpResponse<String> ctx = web.get("/ontology/context.jsonld");
        assertTrue(ctx.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(ctx.body()).get("@context").has("owner"));
        String smelterLink = web.get("/doc/site/alma?lang=en", "Accept", "text/html").body();
        assertTrue(smelterLink.contains("<a href=\"/ontology?lang=en#Smelter\">Smelter</a>"), smelterLink);
    }
}
