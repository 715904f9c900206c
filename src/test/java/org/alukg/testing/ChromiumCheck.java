package org.alukg.testing;

import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Stops a test run before its first test when it selects a browser test ({@link UsesChromium}) and chromium or
 * chromedriver is not on the PATH, with one line naming the Debian packages to install: a browser test is never
 * skipped, nor left to time out. Registered for every run through
 * {@code META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter}.
 */
public final class ChromiumCheck implements PostDiscoveryFilter {
    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        boolean needsChromium = descriptor.getSource().filter(ClassSource.class::isInstance)
            .map(s -> AnnotationSupport.isAnnotated(((ClassSource) s).getJavaClass(), UsesChromium.class)).orElse(false);
        if (needsChromium && ChromiumOnPath.find().isEmpty())
            throw new MissingChromium(ChromiumOnPath.missing(System.getenv("PATH")));
        return FilterResult.included("chromium and chromedriver are on the PATH, or not needed");
    }
}
