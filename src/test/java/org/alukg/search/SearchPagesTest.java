package org.alukg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search box of every page and the page of results it sends to, without script, as a reader sees them. */
class SearchPagesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    static Document page(String path, String language) throws Exception {
        HttpResponse<String> r = server.get(path, "Accept", "text/html", "Accept-Language", language);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body(), server.url());
    }

    @Test
    void everyPageHasASearchBoxThatSendsToTheResultsPage() throws Exception {
        for (String path : List.of("/doc/site/alma", "/ontology", "/void", "/search", "/api/")) {
            Document page = page(path, "en");
            Element form = page.selectFirst("form[role=search]");
            assertNotNull(form, path + " has a search box");
            assertEquals("/search", form.attr("action"), path);
            assertEquals("get", form.attr("method"), path);
            assertNotNull(form.selectFirst("input[name=q]"), path);
            assertEquals("Search", form.selectFirst("label[for=search-q]").text(), path);
        }
        assertEquals("Rechercher", page("/doc/site/alma", "fr").selectFirst("form[role=search] label").text());

        HttpResponse<String> missing = server.get("/doc/site/atlantis", "Accept", "text/html");
        assertEquals(404, missing.statusCode());
        Element box = Jsoup.parse(missing.body()).selectFirst("form[role=search]");
        assertNotNull(box, "the page of a thing not found offers a search");
        assertEquals("/search", box.attr("action"));
    }

    @Test
    void theResultsPageListsWhatIsFoundBestFirstLinkedToItsPage() throws Exception {
        Document page = page("/search?q=becancour", "en");
        List<Element> results = page.select("ol.results > li");
        assertTrue(results.size() >= 3, page.body().text());
        List<String> hrefs = results.stream().map(li -> li.selectFirst("a").attr("href")).toList();
        assertTrue(hrefs.subList(0, 2).containsAll(List.of("/id/site/becancour", "/id/site/becancour-rod-plant")),
                   hrefs.toString());
        assertTrue(page.selectFirst("p.summary").text().endsWith("results for “becancour”"), page.selectFirst("p.summary").text());
        assertEquals("Bécancour smelter", page.selectFirst("ol.results a[href=/id/site/becancour]").text());

        Document sites = page("/search?q=becancour&kind=org", "en");
        assertTrue(sites.select("ol.results > li .kind").stream().allMatch(k -> k.text().equals("organisations")),
                   sites.body().text());
        assertEquals("organisations", sites.selectFirst("nav.kinds strong").text(), "the kind shown is not a link");
    }

    @Test
    void inFrenchNamesAndWordsAreFrenchAndLinksKeepTheLanguage() throws Exception {
        Document page = page("/search?q=" + org.alukg.http.Routes.encode("l'aluminerie de bécancour") + "&lang=fr", "en");
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        Element first = page.selectFirst("ol.results > li a");
        assertEquals("Aluminerie de Bécancour", first.text());
        assertEquals("/id/site/becancour?lang=fr", first.attr("href"));
        assertEquals("installations", page.selectFirst("ol.results > li .kind").text());
    }

    @Test
    void nothingFoundAndNoTextAreSaid() throws Exception {
        assertEquals("Nothing found for “zzzzqqq”.", page("/search?q=zzzzqqq", "en").selectFirst("p.summary").text());
        assertTrue(page("/search", "en").select("ol.results").isEmpty());
        assertEquals("Type a name, an acronym, a municipality or a word of a description.",
                     page("/search", "en").selectFirst("p.summary").text());
    }

    @Test
    void aBadParameterIsAnErrorPageThatNamesIt() throws Exception {
        HttpResponse<String> r = server.get("/search?q=alma&kind=smelter", "Accept", "text/html");
        assertEquals(400, r.statusCode());
        assertEquals("kind must be one of org, site, product, region, industry: smelter",
                     Jsoup.parse(r.body()).selectFirst(".message code").text());
    }
}
