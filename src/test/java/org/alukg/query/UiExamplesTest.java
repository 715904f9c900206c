package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real headless Chromium: the named queries are examples in the query editor; one click fills, one runs. */
class UiExamplesTest {
    @TempDir static Path home;
    static ApiServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = ApiServer.start(home.resolve("content"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                       "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                       "--user-data-dir=" + Files.createDirectories(home.resolve("chromium")), "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        server.close();
    }

    @Test
    void clickingTheSmeltersExampleFillsTheEditorAndRunningItShowsTheNineSmelters() {
        browser.get(server.url() + "/#/dataset/cluster/query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement badge = wait.until(d -> d.findElements(By.cssSelector("span.badge")).stream()
            .filter(e -> e.getText().strip().equals("smelters")).findFirst().orElse(null));
        for (NamedQuery q : Catalog.read(Content.PROJECT.resolve("queries")).all())
            assertTrue(browser.findElements(By.cssSelector("span.badge")).stream().anyMatch(e -> e.getText().strip().equals(q.name())),
                       "no example badge for " + q.name());
        badge.click();
        String editor = wait.until(d -> {
            Object v = ((JavascriptExecutor) d).executeScript(
                "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;");
            return v != null && v.toString().contains("#+ summary: Operating smelters") ? v.toString() : null;
        });
        String file = Catalog.read(Content.PROJECT.resolve("queries")).get("smelters").text();
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
