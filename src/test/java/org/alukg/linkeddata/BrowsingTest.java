package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Browsing as a reader does it: the class hierarchy of /ontology with how many things each class has, the page of a
 * class listing its things a page at a time, the page of every kind (/id/site/), and the way up from a thing's page to
 * its class.
 */
class BrowsingTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    static Document page(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body());
    }

    static long count(String sparql) throws Exception {
        String csv = server.sparql(sparql, "text/csv").body();
        return Long.parseLong(csv.lines().toList().get(1).strip());
    }

    static final String PREFIX = "PREFIX alu: <https://w3id.org/alukg/ontology#> "
                                 + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    /** The hierarchy's line of a class: "Smelter 9 things" → 9. */
    static int counted(Document ontology, String local) {
        Element a = ontology.selectFirst("#hierarchy a[href=/class/" + local + "]");
        assertNotNull(a, local + " is in the hierarchy");
        return Integer.parseInt(a.nextElementSibling().text().split(" ")[0]);
    }

    @Test
    void theOntologyShowsTheClassHierarchyWithHowManyThingsEachHas() throws Exception {
        Document ontology = page("/ontology");
        long organisations = count(PREFIX + "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?o a/rdfs:subClassOf* alu:Organization }");
        assertTrue(organisations > 100, "the curated data has over a hundred organisations: " + organisations);
        assertEquals(organisations, counted(ontology, "Organization"), "subclasses' things count for the class");
        assertEquals(count(PREFIX + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a/rdfs:subClassOf* alu:Smelter }"),
                     counted(ontology, "Smelter"));
        Element producer = ontology.selectFirst("#hierarchy a[href=/class/Producer]");
        Element parent = producer.parent().parent().parent();
        assertEquals("li", parent.tagName());
        assertEquals("/class/Organization", parent.selectFirst("a").attr("href"), "Producer sits below Organisation");
    }

    @Test
    void aClassPageListsItsThingsAPageAtATimeAndLinksUpAndDown() throws Exception {
        Document first = page("/class/Organization?lang=en");
        assertEquals("Organisation", first.selectFirst("h1").text().replace("Organization", "Organisation"));
        List<String> names = new ArrayList<>(first.select("ul.things a").eachText());
        assertEquals(ListPage.PER_PAGE, names.size());
        assertNotNull(first.selectFirst("nav.pages a[rel=next]"), "more than one page of organisations");
        Document at = first;
        while (at.selectFirst("nav.pages a[rel=next]") != null) {
            at = page(at.selectFirst("nav.pages a[rel=next]").attr("href"));
            assertNotNull(at.selectFirst("nav.pages a[rel=prev]"));
            names.addAll(at.select("ul.things a").eachText());
        }
        assertTrue(names.contains("Alcoa") && names.contains("Rio Tinto"), names.toString());
        assertEquals(count(PREFIX + "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?o a/rdfs:subClassOf* alu:Organization }"),
                     names.size(), "every organisation once over the pages");
        assertTrue(first.select(".down a").eachAttr("href").contains("/class/Producer?lang=en"), first.select(".down").html());

        Document smelters = page("/class/Smelter?lang=en");
        assertTrue(smelters.select(".up a").eachAttr("href").contains("/class/Facility?lang=en"), smelters.select(".up").html());
        assertTrue(smelters.select("ul.things a").eachAttr("href").contains("/id/site/becancour?lang=en"));
        assertTrue(smelters.selectFirst("p.summary").text().matches("\\d+ things"), smelters.selectFirst("p.summary").text());
    }

    @Test
    void everyKindListsItsThings() throws Exception {
        Document sites = page("/id/site/?lang=en");
        assertEquals("Things of kind site", sites.selectFirst("h1").text());
        assertTrue(sites.select("ul.things a").eachAttr("href").contains("/id/site/alma?lang=en"), sites.body().text());
        for (String kind : List.of("org", "product", "region", "industry", "source"))
            assertTrue(!page("/id/" + kind + "/").select("ul.things li").isEmpty(), kind);
        assertEquals(page("/id/site/").select("ul.things a").eachAttr("href"),
                     page("/id/site").select("ul.things a").eachAttr("href"), "with or without the slash");
    }

    @Test
    void aThingsPageLinksUpToItsClass() throws Exception {
        Document alma = page("/doc/site/alma?lang=en");
        assertTrue(alma.select("p.kinds a").eachAttr("href").contains("/class/Smelter?lang=en"), alma.select("p.kinds").html());
    }

    @Test
    void unknownClassesKindsAndPagesAreNamed() throws Exception {
        HttpResponse<String> noClass = server.get("/class/Unicorn", "Accept", "text/html");
        assertEquals(404, noClass.statusCode());
        assertEquals("no such class: Unicorn", Jsoup.parse(noClass.body()).selectFirst(".message code").text());
        HttpResponse<String> noKind = server.get("/id/unicorn/", "Accept", "text/html");
        assertEquals(404, noKind.statusCode());
        assertEquals("no things of this kind: unicorn", Jsoup.parse(noKind.body()).selectFirst(".message code").text());
        HttpResponse<String> badPage = server.get("/class/Smelter?page=99", "Accept", "text/html");
        assertEquals(400, badPage.statusCode());
        assertEquals("page must be a whole number from 1 to 1: 99", Jsoup.parse(badPage.body()).selectFirst(".message code").text());
    }
}
