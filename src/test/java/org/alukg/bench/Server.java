package org.alukg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server under test as a process of its own (alukg, Fuseki): started from its command line with its output in a
 * log file, ready once a given address answers 200. Closing it stops it (SIGTERM, then SIGKILL after 30 s).
 */
final class Server implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name, base;
    private final Process process;
    private final Path log;
    /** Seconds from the start of the process until the ready address first answered 200. */
    final double startSeconds;

    private Server(String name, String base, Process process, Path log, double startSeconds) {
        this.name = name;
        this.base = base;
        this.process = process;
        this.log = log;
        this.startSeconds = startSeconds;
    }

    /** Starts {@code command} and waits until {@code base + readyPath} answers 200 (polled every 50 ms). */
    static Server start(String name, List<String> command, Map<String, String> env, Path log, String base,
                        String readyPath, Duration patience) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        Server s = new Server(name, base, p, log, 0);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + readyPath)).timeout(Duration.ofSeconds(10)).build();
        long deadline = t0 + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive())
                throw new IllegalStateException(name + " exited " + p.exitValue() + " before it answered; its log: " + log);
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    return new Server(name, base, p, log, (System.nanoTime() - t0) / 1e9);
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        s.close();
        throw new IllegalStateException(name + " did not answer " + readyPath + " within " + patience.toSeconds()
                                        + " s; its log: " + log);
    }

    long pid() { return process.pid(); }

    /** Resident memory of the process in MiB ({@code VmRSS} of /proc/PID/status). */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")))
            if (line.startsWith("VmRSS:"))
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        throw new IllegalStateException("no VmRSS in /proc/" + process.pid() + "/status");
    }

    @Override
    public void close() {
        if (!process.isAlive())
            return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() { return name + " (pid " + process.pid() + ", log " + log + ")"; }
}
