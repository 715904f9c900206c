package org.alukg.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one headless Chromium of the test JVM, started on first use and reused by every browser test: Debian's
 * chromium and chromedriver found on the PATH, a fresh profile folder, French-Canadian first (as a Québec reader's
 * browser asks), QUIC, sync, component updates and other background traffic off. It quits, and its profile is
 * deleted, when the test run ends. Use it through {@link UsesChromium}.
 */
public final class Chromium implements ParameterResolver {
    /** The lock the browser classes hold, so one drives the browser at a time. */
    public static final String LOCK = "org.alukg.testing.Chromium";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType().isAssignableFrom(ChromeDriver.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(Chromium.class))
                      .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class).driver;
    }

    /**
     * The browser and its profile folder, closed by JUnit at the end of the run; closing twice does nothing more. When the
     * run is stopped before its end, the JVM's shutdown ends the processes below it (the driver, the browser), so that
     * no browser outlives the run.
     */
    /** Runs {@code use} with a browser of its own, closed after: for a tool outside JUnit (the dashboard picture). */
    public static <T> T with(java.util.function.Function<ChromeDriver, T> use) {
        try (Running running = Running.start()) {
            return use.apply(running.driver());
        }
    }

    private record Running(ChromeDriver driver, ScratchFolder profile, AtomicBoolean closed) implements AutoCloseable {
        static Running start() {
            ChromiumOnPath programs = ChromiumOnPath.find()
                .orElseThrow(() -> new MissingChromium(ChromiumOnPath.missing(System.getenv("PATH"))));
            ScratchFolder profile = ScratchFolder.create("alukg-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(programs.chromium().toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                                 "--disable-sync", "--user-data-dir=" + profile.path(), "--lang=fr-CA", "--window-size=1400,1000");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-CA,fr"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(programs.chromedriver().toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Running running = new Running(driver, profile, new AtomicBoolean());
            Runtime.getRuntime().addShutdownHook(new Thread(running::end, "alukg-chromium-end"));
            return running;
        }

        /** At shutdown: the driver and its browser are stopped as processes, their profile deleted. */
        void end() {
            if (closed.getAndSet(true))
                return;
            List<ProcessHandle> below = ProcessHandle.current().descendants().toList();
            below.forEach(ProcessHandle::destroyForcibly);
            below.forEach(p -> p.onExit().completeOnTimeout(p, 5, TimeUnit.SECONDS).join());
            profile.close();
        }

        @Override
        public void close() {
            if (closed.getAndSet(true))
                return;
            try {
                driver.quit();
            } finally {
                profile.close();
            }
        }
    }
}
