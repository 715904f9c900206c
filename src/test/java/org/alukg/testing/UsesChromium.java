package org.alukg.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that drives the JVM's one headless Chromium: its methods (and {@code @BeforeAll}) may take a
 * {@code ChromeDriver} or {@code WebDriver} parameter. Classes so marked run one at a time, and a run that selects one
 * stops before any test when chromium or chromedriver is missing ({@link ChromiumCheck}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(Chromium.class)
@ResourceLock(Chromium.LOCK)
public @interface UsesChromium {}
