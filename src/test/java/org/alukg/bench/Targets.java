package org.alukg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the comparison starts what it compares, each as a process of its own with the same heap: {@code alukg} from
 * the built jar (commands and {@code serve}), stock Fuseki from {@code jena-fuseki-server} and
 * {@code tdb2.tdbloader} from {@code jena-cmds} (on Fuseki's jar, which holds the rest of Jena).
 */
final class Targets {
    static final String PASSWORD = "bench";
    static final String USER = "bench";

    private final Path alukgJar, fusekiJar, cmdsJar, logs;
    private final String heap;
    private int logCount;

    Targets(Path alukgJar, Path fusekiJar, Path cmdsJar, Path logs, String heap) {
        for (Path jar : List.of(alukgJar, fusekiJar, cmdsJar))
            if (!Files.isRegularFile(jar))
                throw new IllegalStateException("missing: " + jar);
        this.alukgJar = alukgJar;
        this.fusekiJar = fusekiJar;
        this.cmdsJar = cmdsJar;
        this.logs = logs;
        this.heap = heap;
    }

    String heap() { return heap; }

    private List<String> java() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
    }

    private Path log(String what) {
        return logs.resolve(String.format("%03d-%s.log", ++logCount, what.replaceAll("[^A-Za-z0-9.-]+", "-")));
    }

    /** {@code alukg ARGS} to its end, run from the project folder; returns its wall-clock seconds, JVM start included. */
    double alukg(String... args) throws IOException, InterruptedException {
        List<String> cmd = java();
        cmd.addAll(List.of("-Dalukg.requestLog=WARN", "-jar", alukgJar.toString()));
        cmd.addAll(List.of(args));
        return run("alukg " + args[0], cmd, Map.of());
    }

    /** {@code tdb2.tdbloader --loc LOC [--graph GRAPH] FILES}; returns its wall-clock seconds. */
    double tdbloader(Path loc, String graph, List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = java();
        cmd.addAll(List.of("-cp", fusekiJar + ":" + cmdsJar, "tdb2.tdbloader", "--loc", loc.toString()));
        if (graph != null)
            cmd.add("--graph=" + graph);
        files.forEach(f -> cmd.add(f.toString()));
        return run("tdb2.tdbloader", cmd, Map.of());
    }

    /** {@code alukg serve} on {@code db}, writable by {@link #USER}, ready when {@code /$/ready} answers 200. */
    Server alukgServe(Path db, String... more) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = java();
        cmd.addAll(List.of("-Dalukg.requestLog=WARN", "-jar", alukgJar.toString(), "serve", "--db", db.toString(),
                           "--port", Integer.toString(port), "--user", USER));
        cmd.addAll(List.of(more));
        return Server.start("alukg", cmd, Map.of("ALUKG_PASSWORD", PASSWORD), log("alukg-serve"), "http://127.0.0.1:" + port,
                            "/$/ready", Duration.ofMinutes(15));
    }

    /**
     * Stock Fuseki on the TDB2 store {@code db} as {@code /ds}, with updates on; {@code union} makes the default graph
     * the union of the named graphs, as alukg's is. Ready when a query answers.
     */
    Server fuseki(Path db, boolean union) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = java();
        cmd.addAll(List.of("-jar", fusekiJar.toString(), "--port", Integer.toString(port), "--loc", db.toString(), "--update"));
        if (union)
            cmd.addAll(List.of("--set", "tdb:unionDefaultGraph=true"));
        cmd.add("/ds");
        return Server.start("Fuseki", cmd, Map.of(), log("fuseki"), "http://127.0.0.1:" + port,
                            "/ds/sparql?query=ASK%7B%7D", Duration.ofMinutes(5));
    }

    private double run(String what, List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        Path log = log(what);
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        int exit = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (exit != 0)
            throw new IllegalStateException(what + " exited " + exit + "; its log: " + log);
        return s;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Deletes {@code dir} and everything in it, if it exists. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    /** A fresh copy of the folder {@code from} at {@code to} (whatever was at {@code to} is deleted first). */
    static void copy(Path from, Path to) throws IOException {
        delete(to);
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(p -> {
                try {
                    Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
