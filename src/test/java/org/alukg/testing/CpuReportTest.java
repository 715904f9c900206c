package org.alukg.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The report of where the suite's time goes, over a run of one small class: the figures a reader would check. */
class CpuReportTest {
    @TempDir Path dir;

    /** Run by the test below through its own launcher, not by the suite (surefire leaves nested classes out). */
    static class Busy {
        @Test
        void busyHereAndInAChild() throws Exception {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            long n = 0;
            while (System.nanoTime() < until)
                n += Long.numberOfTrailingZeros(n + 1);
            Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS) && n >= 0);
        }
    }

    @Test
    void aClassIsChargedWithItsOwnCpuAndItsChildrensAndTheJvmsThreadsAreListed() throws Exception {
        Path file = dir.resolve("cpu.txt");
        run(new CpuReport(file.toString()));

        List<String> lines = Files.readAllLines(file);
        String busy = lines.stream().filter(l -> l.endsWith(Busy.class.getName())).findFirst().orElseThrow();
        Matcher m = Pattern.compile("^\\s*([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+\\S+$").matcher(busy);
        assertTrue(m.matches(), busy);
        double wall = Double.parseDouble(m.group(1)), own = Double.parseDouble(m.group(2)), children = Double.parseDouble(m.group(3));
        assertTrue(wall >= 0.3, "the class ran at least its 300 ms: " + busy);
        assertTrue(own >= 0.2, "the busy loop is charged to the test JVM: " + busy);
        assertTrue(children >= 0.05, "the child's CPU is charged when it ends: " + busy);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("the test JVM: ")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("CompilerThre")), "the JIT compilers are listed: " + lines);
    }

    /** Runs {@link Busy} with this report only (not the suite's own, which would write the suite's file). */
    private static void run(CpuReport report) {
        LauncherConfig alone = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
        LauncherFactory.create(alone).execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Busy.class)).build(), report);
    }
}
