package org.alukg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A test run that selects a browser test, on a machine with chromium but without chromedriver, stops before any test
 * within seconds, with one line that names the Debian packages to install.
 */
class ChromiumCheckTest {
    /** The child: a JUnit run of one browser test class, started the way a build starts its tests. */
    static final class RunOneClass {
        public static void main(String[] args) {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(args[0])).build());
        }
    }

    @Test
    void aRunWithoutChromedriverStopsAtOnceWithOneLineNamingThePackages(@TempDir Path bin) throws Exception {
        Path chromium = ChromiumOnPath.find().orElseThrow(() -> new AssertionError(ChromiumOnPath.missing(System.getenv("PATH"))))
                                      .chromium();
        Files.createSymbolicLink(bin.resolve("chromium"), chromium);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                               "-cp", System.getProperty("java.class.path"), RunOneClass.class.getName(),
                                               "org.alukg.linkeddata.BrowserTest");
        pb.environment().put("PATH", bin.toString());
        Instant start = Instant.now();
        Process child = pb.redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the run stops");
        Duration took = Duration.between(start, Instant.now());

        assertNotEquals(0, child.exitValue(), output);
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line, no stack trace, no test started:\n" + output);
        assertTrue(lines.get(0).endsWith("browser tests need chromedriver on the PATH: install the Debian packages "
                                         + "chromium chromium-driver (apt-get install chromium chromium-driver, or run .ci/browsers)"),
                   lines.get(0));
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "stopped in its first seconds, not after a browser timeout: " + took);
    }
}
