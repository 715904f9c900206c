package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.testing.UsesChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium: a smelter page in French, its owners' shares, the language switch, a link; the query UI. */
@UsesChromium
class BrowserTest {
    @RegisterExtension static final Curated curated = Curated.linkedData();
    static TestServer web;
    static WebDriver browser;

    @BeforeAll
    static void start(WebDriver frenchCanadianBrowser) {
        web = curated.server();
        browser = frenchCanadianBrowser;
    }

    @Test
    void smelterPageInFrenchWithSharesSwitchAndLinks() {
        browser.get(web.url() + "/id/site/alouette");
        assertTrue(browser.getCurrentUrl().endsWith("/doc/site/alouette"), "followed the 303: " + browser.getCurrentUrl());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"), "the browser asked for French");
        assertEquals("Aluminerie Alouette", browser.findElement(By.id("name")).getText());
        List<String> shares = browser.findElements(By.cssSelector("#owners .share")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("40 %", "20 %", "20 %", "13,33 %", "6,67 %"), shares);
        List<String> owners = browser.findElements(By.cssSelector("#owners .who")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Rio Tinto", "AMAG Austria Metall", "Hydro", "Marubeni", "Investissement Québec"), owners);
        assertTrue(browser.findElement(By.cssSelector("#network img")).getAttribute("src").contains("/api/trace?from="),
                   "the picture of the supply network is asked of the trace API");
        assertTrue(browser.findElement(By.id("facts")).isDisplayed(), "the page stands without the trace picture");

        browser.findElement(By.id("switch-en")).click();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Alouette smelter", browser.findElement(By.id("name")).getText());
        assertEquals("13.33 %", browser.findElements(By.cssSelector("#owners .share")).get(3).getText());

        browser.findElement(By.linkText("Rio Tinto")).click();
        assertTrue(browser.getCurrentUrl().contains("/doc/org/rio-tinto"), browser.getCurrentUrl());
        assertEquals("Rio Tinto", browser.findElement(By.id("name")).getText());
        String holdings = browser.findElement(By.id("holdings")).getText();
        assertTrue(holdings.contains("Owns 40 % of Aluminerie Alouette Inc."), holdings);
        assertTrue(holdings.contains("Owns 25.05 % of Bécancour smelter"), holdings);
    }

    @Test
    void hostileLabelIsShownAsText() {
        browser.get(web.url() + "/doc/org/hostile?lang=en");
        assertEquals("<script>alert('pwned')</script> Évil & Co", browser.findElement(By.id("name")).getText());
        assertTrue(browser.findElements(By.cssSelector("main script, main img[src='x']")).isEmpty());
    }

    @Test
    void queryUiRunsAQueryAndShowsTheResult() {
        String query = "PREFIX alu: <https://w3id.org/alukg/ontology#>\nSELECT ?share WHERE { "
                       + "<https://w3id.org/alukg/id/ownership/becancour-alcoa> alu:sharePercent ?share }";
        browser.get(web.url() + "/#/dataset/cluster/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement run = wait.until(d -> d.findElements(By.cssSelector(".yasqe_queryButton")).stream().findFirst().orElse(null));
        wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript("return document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror.getValue()")
            .toString().contains("becancour-alcoa"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", run);
        String cell = wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody td")).stream()
                                       .map(WebElement::getText).filter(t -> t.contains("74.95")).findFirst().orElse(null));
        assertTrue(cell.contains("74.95"), cell);
    }
}
