package org.alukg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.alukg.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The SVG picture of Bécancour's downstream chain, opened from /api/trace in a real headless Chromium. */
class TraceSvgBrowserTest {
    @Test
    void theTracePictureShowsTheChainInABrowser(@TempDir Path profile) throws Exception {
        try (TestServer server = TestServer.start()) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                 "--no-first-run", "--user-data-dir=" + Files.createDirectories(profile.resolve("p")));
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options);
            try {
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
            } finally {
                browser.quit();
            }
        }
    }

    /** Where the first node whose label starts with {@code label} is drawn, from the left. */
    private static double x(ChromeDriver browser, String label) {
        return browser.findElements(By.cssSelector("g.node text")).stream().filter(t -> t.getText().startsWith(label))
                      .findFirst().orElseThrow(() -> new AssertionError("no node labelled " + label))
                      .getLocation().getX();
    }
}
