package org.alukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Where the suite's time goes: with {@code -Dalukg.cpuReport=FILE}, writes for each test class its wall time, the CPU
 * time of the test JVM while it ran and the CPU time of the child processes that ended meanwhile (servers, commands,
 * the Kafka broker: the kernel adds a child's time to its parent's when the parent collects it), then the JVM's CPU
 * time by thread name (the JIT compilers, the collector, the test threads). Without the property it does nothing.
 *
 * <p>Per-class figures add up only when the classes run one after the other
 * ({@code -Djunit.jupiter.execution.parallel.enabled=false}); side by side, each class is charged with what the
 * others did meanwhile. The figures are read from Linux's {@code /proc/self}; elsewhere the report says so.
 */
public final class CpuReport implements TestExecutionListener {
    private static final Path PROC = Path.of("/proc/self");
    private static final double TICK_SECONDS = 0.01; // USER_HZ is 100 on Linux

    /** A moment: wall clock, this process's CPU and its collected children's CPU, in seconds. */
    private record Reading(double wall, double own, double children) {
        Reading minus(Reading start) { return new Reading(wall - start.wall, own - start.own, children - start.children); }
    }

    /** One class's line. */
    private record Line(String testClass, Reading used) {}

    private final Path target;
    private final Map<String, Reading> started = new ConcurrentHashMap<>();
    private final List<Line> lines = new ArrayList<>();

    /** As the suite loads it: writes to the file {@code -Dalukg.cpuReport} names, or does nothing. */
    public CpuReport() { this(System.getProperty("alukg.cpuReport")); }

    CpuReport(String file) {
        this.target = file == null || file.isBlank() || !Files.isReadable(PROC.resolve("stat")) ? null : Path.of(file);
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (target != null && testClass(test) != null)
            started.put(test.getUniqueId(), now());
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Reading start = target == null ? null : started.remove(test.getUniqueId());
        if (start == null)
            return;
        Line line = new Line(testClass(test), now().minus(start));
        synchronized (lines) {
            lines.add(line);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (target == null)
            return;
        Reading total = now();
        StringBuilder out = new StringBuilder("  wall s   jvm cpu s   children cpu s   test class\n");
        synchronized (lines) {
            lines.sort(Comparator.comparingDouble((Line l) -> l.used.own + l.used.children).reversed());
            for (Line l : lines)
                out.append(String.format("%8.1f %11.1f %16.1f   %s%n", l.used.wall, l.used.own, l.used.children, l.testClass));
        }
        out.append(String.format("%nthe test JVM: %.1f s of CPU; its children: %.1f s%n%nthe test JVM's CPU by thread:%n",
                                 total.own, total.children));
        threads().forEach((name, seconds) -> {
            if (seconds >= 0.1)
                out.append(String.format("%8.1f   %s%n", seconds, name));
        });
        try {
            Files.writeString(target, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CPU report: " + target, e);
        }
    }

    private static String testClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName()).orElse(null);
    }

    private static Reading now() {
        String[] f = fields(read(PROC.resolve("stat")));
        return new Reading(System.nanoTime() / 1e9, ticks(f, 14) + ticks(f, 15), ticks(f, 16) + ticks(f, 17));
    }

    /** CPU seconds of the live threads, by name with the digits taken out ("GC Thread#0" and "#1" are one line). */
    private static Map<String, Double> threads() {
        Map<String, Double> byName = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve("task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = read(task.resolve("stat"));
                } catch (UncheckedIOException ended) {
                    continue; // a thread that ended while the others were read
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                String[] f = fields(stat);
                byName.merge(name, ticks(f, 14) + ticks(f, 15), Double::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + PROC.resolve("task"), e);
        }
        return byName;
    }

    /**
     * The fields of a {@code stat} file, numbered as in proc(5) from 1 (the name in parentheses may hold spaces: the
     * fields after it are counted from its closing parenthesis).
     */
    private static String[] fields(String stat) {
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        String[] fields = new String[rest.length + 3];
        System.arraycopy(rest, 0, fields, 3, rest.length);
        return fields;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static double ticks(String[] fields, int number) { return Long.parseLong(fields[number]) * TICK_SECONDS; }
}
