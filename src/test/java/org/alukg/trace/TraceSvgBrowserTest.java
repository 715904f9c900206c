package org.alukg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.testing.UsesChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In a real headless Chromium: the SVG picture of Bécancour's downstream chain, opened from /api/trace, and the
 * alu:tracePath property function run from the query editor of the UI.
 */
@UsesChromium
class TraceSvgBrowserTest {
    @RegisterExtension static final Curated curated = Curated.project();

    @Test
    void thePropertyFunctionRunsFromTheQueryEditor(ChromeDriver browser) throws Exception {
        String query = "PREFIX alu: <https://w3id.org/alukg/ontology#>\n"
                       + "SELECT ?path ?step ?node WHERE {\n"
                       + "  (?path ?step ?node) alu:tracePath (<https://w3id.org/alukg/id/site/becancour>\n"
                       + "      <https://w3id.org/alukg/id/org/rod-customers-worldwide> 3) }";
        try (TestServer server = curated.server()) {
            browser.get(server.url() + "/#/dataset/cluster/query?query="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
            WebElement run = wait.until(d -> d.findElements(By.cssSelector(".yasqe_queryButton")).stream().findFirst().orElse(null));
            wait.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror.getValue()"))
                .contains("tracePath"));
            browser.executeScript("arguments[0].click()", run);
            List<String> cells = wait.until(d -> {
                List<String> t = d.findElements(By.cssSelector(".yasr table tbody td")).stream().map(WebElement::getText).toList();
                return t.stream().anyMatch(c -> c.contains("becancour-rod-plant")) ? t : null;
            });
            assertTrue(cells.stream().anyMatch(c -> c.contains("site/becancour") && !c.contains("rod")), cells.toString());
            assertTrue(cells.stream().anyMatch(c -> c.contains("rod-customers-worldwide")), cells.toString());
        }
    }

    @Test
    void theTracePictureShowsTheChainInABrowser(ChromeDriver browser) throws Exception {
        try (TestServer server = curated.server()) {
            browser.get(server.url() + "/api/trace?from=site/becancour&direction=downstream&depth=3&format=svg");
            WebElement svg = browser.findElement(By.tagName("svg"));
            assertTrue(svg.getSize().getWidth() > 500, "the picture has its size: " + svg.getSize());
            List<String> texts = browser.findElements(By.cssSelector("g.node text")).stream()
                                        .map(WebElement::getText).toList();
            assertTrue(texts.containsAll(List.of("Bécancour smelter", "Bécancour rod plant", "Alcoa")), texts.toString());
            List<String> edgeLabels = browser.findElements(By.cssSelector("text.edge-label")).stream()
                                             .map(WebElement::getText).toList();
            assertTrue(edgeLabels.contains("Molten metal (liquid aluminiu…"), edgeLabels.toString());
            assertTrue(edgeLabels.contains("Rod (wire rod)"), edgeLabels.toString());
            // left to right by tier: the smelter left of the rod plant, the rod plant left of its customers
            double smelter = x(browser, "Bécancour smelter"), plant = x(browser, "Bécancour rod plant"),
                customers = x(browser, "Cable makers, magnet-wire");
            assertTrue(smelter < plant && plant < customers, smelter + " " + plant + " " + customers);
            assertEquals(4, browser.findElements(By.cssSelector("g.link")).size());
        }
    }

    /** Where the first node whose label starts with {@code label} is drawn, from the left. */
    private static double x(ChromeDriver browser, String label) {
        return browser.findElements(By.cssSelector("g.node text")).stream().filter(t -> t.getText().startsWith(label))
                      .findFirst().orElseThrow(() -> new AssertionError("no node labelled " + label))
                      .getLocation().getX();
    }
}
