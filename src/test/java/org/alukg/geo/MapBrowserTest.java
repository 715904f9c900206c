package org.alukg.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.testing.UsesChromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium sees the map on an organisation's page, opens it, and clicks a site to reach its page. */
@UsesChromium
class MapBrowserTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static WebDriver browser;

    @BeforeAll
    static void start(WebDriver chromium) {
        server = curated.server();
        browser = chromium;
    }

    @Test
    void theMapOfAnOrganisationShowsAndASiteOnItLeadsToItsPage() {
        browser.get(server.url() + "/doc/org/alcoa?lang=en");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement picture = browser.findElement(By.cssSelector("#map figure.map img"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", picture);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return arguments[0].complete && arguments[0].naturalWidth > 0", picture)));

        browser.findElement(By.id("map-open")).click();
        WebElement becancour = wait.until(d -> d.findElements(By.cssSelector("g.highlighted text a[href='/id/site/becancour']"))
                                                .stream().findFirst().orElse(null));
        assertTrue(becancour.getText().contains("Bécancour smelter"), "the marked place is labelled: " + becancour.getText());
        becancour.click();
        wait.until(d -> d.getCurrentUrl().matches(".*/doc/site/becancour([?#].*)?"));
        String name = browser.findElement(By.id("name")).getText();
        assertTrue(name.equals("Bécancour smelter") || name.equals("Aluminerie de Bécancour"),
                   "the smelter's page, in the browser's language (the map's links do not carry one): " + name);
    }

    @Test
    void theInteractiveMapMarksTheOrganisationsPlacesAndAPopUpLeadsToASite() {
        browser.manage().logs().get("browser"); // reading the log empties it: what earlier tests logged is left out
        browser.get(server.url() + "/doc/org/alcoa?lang=en");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        var marked = wait.until(d -> {
            var m = d.findElements(By.cssSelector("#leaflet-map path.highlighted"));
            return m.isEmpty() ? null : m;
        });
        assertTrue(browser.findElements(By.cssSelector("#leaflet-map path.place")).size() > marked.size(),
                   "the other places of the cluster are on the map too");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("leaflet-map")));
        WebElement link = null;
        for (WebElement marker : marked) {
            marker.click();
            try {
                link = new WebDriverWait(browser, Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.xpath("//div[contains(@class, 'leaflet-popup-content')]//a[. = 'Bécancour smelter']"))
                                 .stream().findFirst().orElse(null));
                break;
            } catch (TimeoutException notHere) {
                link = null;
            }
        }
        var refused = browser.manage().logs().get("browser").getAll().stream().map(Object::toString)
                             .filter(e -> e.contains("Content Security Policy")).toList();
        assertTrue(refused.isEmpty(), "Leaflet and our script run under the pages' policy: " + refused);
        assertTrue(link != null, "one of Alcoa's places is Bécancour, its smelter listed in the marker's pop-up");
        link.click();
        wait.until(d -> d.getCurrentUrl().matches(".*/doc/site/becancour([?#].*)?"));
        assertTrue(browser.findElement(By.id("name")).getText().contains("Bécancour"));
    }
}
