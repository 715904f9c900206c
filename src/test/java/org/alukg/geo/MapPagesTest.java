package org.alukg.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Region, smelter and organisation pages show the map of Québec with their own places marked; other pages do not. */
class MapPagesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    private static Document page(String path) throws Exception {
        var r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body(), server.url() + path);
    }

    @Test
    void regionSmelterAndOrganisationPagesShowTheirMap() throws Exception {
        for (String thing : new String[] {"region/saguenay-lac-saint-jean", "site/alma", "org/alcoa"}) {
            Document d = page("/doc/" + thing + "?lang=en");
            var img = d.selectFirst("#map figure.map img");
            assertTrue(img != null, "a map on the page of " + thing);
            assertEquals("On the map", d.selectFirst("#map h2").text());
            assertTrue(img.attr("src").startsWith("/api/map?format=svg&focus="), img.attr("src"));
            var svg = server.get(img.attr("src"), "image/svg+xml");
            assertEquals(200, svg.statusCode(), img.attr("src"));
            var lit = Jsoup.parse(svg.body(), "", org.jsoup.parser.Parser.xmlParser()).select("g.highlighted a").eachAttr("href");
            assertTrue(!lit.isEmpty(), "the places of " + thing + " are marked");
        }
        assertTrue(page("/doc/site/alma?lang=fr").selectFirst("#map h2").text().equals("Sur la carte"));
    }

    @Test
    void aRegionsMapMarksItsSitesAndNotAnotherRegions() throws Exception {
        String src = page("/doc/region/saguenay-lac-saint-jean?lang=en").selectFirst("#map img").attr("src");
        var lit = Jsoup.parse(server.get(src, "image/svg+xml").body(), "", org.jsoup.parser.Parser.xmlParser())
                       .select("g.highlighted a").eachAttr("href");
        assertTrue(lit.contains("/id/site/alma"), "Alma is in Saguenay–Lac-Saint-Jean: " + lit);
        assertTrue(!lit.contains("/id/site/alouette"), "Sept-Îles is not: " + lit);
    }

    @Test
    void aProductPageHasNoMap() throws Exception {
        assertTrue(page("/doc/product/primary-ingot?lang=en").select("#map").isEmpty());
    }
}
