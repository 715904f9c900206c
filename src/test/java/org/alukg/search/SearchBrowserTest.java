package org.alukg.search;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium types in the search box of a page, sees suggestions, and follows one. */
@UsesChromium
class SearchBrowserTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start(WebDriver chromium) {
        server = curated.server();
        browser = chromium;
    }

    @Test
    void typingSuggestsAndASuggestionLeadsToItsPage() {
        browser.get(server.url() + "/doc/site/alma?lang=en");
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("becan");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        List<WebElement> suggestions = wait.until(d -> {
            List<WebElement> s = d.findElements(By.cssSelector("#search-suggestions li a"));
            return s.size() >= 2 && d.findElement(By.id("search-suggestions")).isDisplayed() ? s : null;
        });
        List<String> names = suggestions.stream().map(e -> e.getText()).toList();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("Bécancour rod plant")), names.toString());
        WebElement rodPlant = suggestions.stream().filter(e -> e.getText().startsWith("Bécancour rod plant")).findFirst()
                                         .orElseThrow();
        rodPlant.click();
        wait.until(d -> d.getCurrentUrl().contains("/doc/site/becancour-rod-plant"));
        assertEquals("Bécancour rod plant", browser.findElement(By.id("name")).getText());
    }

    @Test
    void enterWithoutASuggestionOpensTheResultsPage() {
        browser.get(server.url() + "/doc/site/alma?lang=en");
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("alcoa", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/search?q=alcoa"));
        assertEquals("Alcoa", browser.findElement(By.cssSelector("ol.results > li a")).getText());
    }
}
