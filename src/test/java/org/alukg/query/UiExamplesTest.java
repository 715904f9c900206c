package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.alukg.ProblemDocuments;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.testing.UsesChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query editor as a researcher's tool, in a real headless Chromium: the named queries are examples (one click
 * fills, one runs); a badge with parameters opens a form for them, which runs the query with the values bound; links
 * in the results lead to this server; our prefixes are among the editor's. And the bound text itself over HTTP.
 */
@UsesChromium
class UiExamplesTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ChromeDriver chromium) {
        server = curated.server();
        browser = chromium;
    }

    @Test
    void clickingTheSmeltersExampleFillsTheEditorAndRunningItShowsTheNineSmelters() {
        browser.get(server.url() + "/#/dataset/cluster/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement badge = wait.until(d -> d.findElements(By.cssSelector("span.badge")).stream()
            .filter(e -> e.getText().strip().equals("smelters")).findFirst().orElse(null));
        for (NamedQuery q : Catalog.read(curated.locations().queriesDir()).all())
            assertTrue(browser.findElements(By.cssSelector("span.badge")).stream().anyMatch(e -> e.getText().strip().equals(q.name())),
                       "no example badge for " + q.name());
        badge.click();
        String editor = wait.until(d -> {
            Object v = ((JavascriptExecutor) d).executeScript(
                "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;");
            return v != null && v.toString().contains("#+ summary: Operating smelters") ? v.toString() : null;
        });
        String file = Catalog.read(curated.locations().queriesDir()).get("smelters").text();
        assertEquals(file.strip(), editor.strip());
        assertTrue(editor.contains("?__region_iri"), "the parameters are shown");

        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr"));
            return r.size() == 9 ? r : null;
        });
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        for (String smelter : List.of("alma", "alouette", "arvida", "arvida-ap60", "baie-comeau", "becancour",
                                      "deschambault", "grande-baie", "laterriere"))
            assertTrue(table.contains("site/" + smelter) || table.contains("site:" + smelter), smelter + " missing:\n" + table);
        assertEquals(9, rows.size());
    }

    @Test
    void aBadgesFormRunsTheQueryWithItsParameterAndLinksLeadHere() {
        browser.get(server.url() + "/#/dataset/cluster/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement badge = wait.until(d -> d.findElements(By.cssSelector("span.badge")).stream()
            .filter(e -> e.getText().strip().equals("smelters")).findFirst().orElse(null));
        badge.click();
        WebElement region = wait.until(d -> d.findElements(By.cssSelector("#alukg-params input[name=region]")).stream()
                                            .findFirst().orElse(null));
        region.sendKeys("region/not a region");
        browser.findElement(By.cssSelector("#alukg-params button[type=submit]")).click();
        String problem = wait.until(d -> {
            String t = d.findElement(By.cssSelector("#alukg-params .problem")).getText();
            return t.isEmpty() ? null : t;
        });
        assertTrue(problem.contains("region"), "the form says what is wrong: " + problem);

        region.clear();
        region.sendKeys("region/cote-nord");
        browser.findElement(By.cssSelector("#alukg-params button[type=submit]")).click();
        String editor = wait.until(d -> {
            Object v = ((JavascriptExecutor) d).executeScript(
                "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;");
            return v != null && v.toString().contains("VALUES") ? v.toString() : null;
        });
        assertTrue(editor.contains("<https://w3id.org/alukg/id/region/cote-nord>"), editor);
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr"));
            String text = r.isEmpty() ? "" : d.findElement(By.cssSelector(".yasr table")).getText();
            return r.size() == 2 && text.contains("alouette") ? r : null;
        });
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertTrue(table.contains("baie-comeau") && table.contains("alouette") && !table.contains("site/alma"), table);
        assertEquals(2, rows.size());

        List<String> links = wait.until(d -> {
            List<String> hrefs = d.findElements(By.cssSelector(".yasr table tbody a[href]")).stream()
                                  .map(a -> a.getDomAttribute("href")).toList();
            return !hrefs.isEmpty() && hrefs.stream().noneMatch(h -> h.startsWith("https://w3id.org/alukg/id/")) ? hrefs : null;
        });
        assertTrue(links.contains("/id/site/alouette"), links.toString());
    }

    @Test
    void ourPrefixesAreAmongTheEditorsPrefixes() throws Exception {
        var ui = (java.net.JarURLConnection) UiExamplesTest.class.getClassLoader().getResource("webapp/index.html").openConnection();
        String name = ui.getJarFile().stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.matches("webapp/static/Query-[A-Za-z0-9_-]+\\.js")).findFirst().orElseThrow();
        String query = server.get(name.substring("webapp".length()), "*/*").body();
        for (String[] p : List.of(new String[] {"alu", "https://w3id.org/alukg/ontology#"},
                                  new String[] {"org", "http://www.w3.org/ns/org#"},
                                  new String[] {"schema", "http://schema.org/"},
                                  new String[] {"skos", "http://www.w3.org/2004/02/skos/core#"},
                                  new String[] {"dct", "http://purl.org/dc/terms/"},
                                  new String[] {"prov", "http://www.w3.org/ns/prov#"},
                                  new String[] {"geo", "http://www.w3.org/2003/01/geo/wgs84_pos#"},
                                  new String[] {"qb", "http://purl.org/linked-data/cube#"}))
            assertTrue(query.contains("{uri:\"" + p[1] + "\",text:\"" + p[0] + "\"}"), p[0]);
        assertEquals(1, query.split("text:\"rdfs\"", -1).length - 1, "the UI's own prefixes are not doubled");
    }

    @Test
    void theBoundTextOfANamedQueryAndItsMistakes() throws Exception {
        HttpResponse<String> bound = server.get("/api/queries/smelters/sparql?region=region/cote-nord", "*/*");
        assertEquals(200, bound.statusCode(), bound.body());
        assertTrue(bound.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-query"));
        assertTrue(bound.body().contains("VALUES ?__region_iri { <https://w3id.org/alukg/id/region/cote-nord> }"),
                   bound.body());
        String csv = server.sparql(bound.body(), "text/csv").body();
        assertEquals(3, csv.lines().count(), "the bound text runs on the endpoint: two smelters\n" + csv);

        var p = ProblemDocuments.problem(server.get("/api/queries/smelters/sparql?colour=red", "*/*"), 400,
                                         "bad-request", "Bad request");
        assertTrue(p.path("detail").asText().startsWith("unknown parameter: colour"), p.toString());
    }
}
