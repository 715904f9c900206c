package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

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

/** In a real headless Chromium: the named queries are examples in the query editor; one click fills, one runs. */
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
}
