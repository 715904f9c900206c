package org.alukg.replication;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.alukg.testing.KafkaBroker;
import org.alukg.testing.ServeProcess;

/**
 * What replication costs and gives on this machine, in one run, each figure beside its baseline:
 * <ol>
 * <li>read throughput of a SPARQL query from a round-robin client (8 threads, 10 s; every server takes 8 queries at
 * once) against the writer alone
 * (the baseline: one process, as without replication), then against one, two and three replicas;</li>
 * <li>replica lag at a steady write rate: 5 small SPARQL updates a second for 20 s on the writer, each timed from its
 * sending until a replica shows it;</li>
 * <li>the time a new replica takes to catch up from the start of a topic holding a store of {@code TRIPLES}
 * generated triples (default 1,000,000) besides the curated content, beside the time the import took.</li>
 * </ol>
 * The broker, the writer and the replicas are processes of their own on this machine's cores.
 *
 * <pre>mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.alukg.replication.ReplicationBenchmark [TRIPLES] [DIR]</pre>
 */
public final class ReplicationBenchmark {
    private static final String USER = "admin", PASSWORD = "benchmark", TOPIC = "alukg-bench";
    private static final String QUERY = "PREFIX alu: <https://w3id.org/alukg/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                                        + "WHERE { ?s a alu:Smelter FILTER NOT EXISTS { ?s alu:closedIn ?y } }";

    private ReplicationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int triples = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("alukg-replication-bench");
        String home = Path.of("").toAbsolutePath().toString();
        try (KafkaBroker broker = KafkaBroker.startIn(dir.resolve("kafka"))) {
            ServeProcess writer = new ServeProcess(dir.resolve("writer.log"), Map.of("ALUKG_PASSWORD", PASSWORD), "--home", home,
                "--db", dir.resolve("writer").toString(), "--max-queries", "8", "--user", USER, "--publish", broker.bootstrap(), "--topic", TOPIC).start();
            List<ServeProcess> replicas = new ArrayList<>();
            try {
                for (int i = 1; i <= 3; i++)
                    replicas.add(new ServeProcess(dir.resolve("replica-" + i + ".log"), Map.of(), "--home", home,
                        "--db", dir.resolve("replica-" + i).toString(), "--max-queries", "8", "--replica-of", broker.bootstrap(), "--topic", TOPIC).start());
                for (ServeProcess r : replicas)
                    awaitReady(r, Duration.ofMinutes(2));

                System.out.println("1. read throughput, round-robin client, 8 threads, 10 s each (after 3 s of warm-up)");
                report("writer alone (baseline)", List.of(writer));
                for (int n = 1; n <= 3; n++)
                    report(n + " replica" + (n > 1 ? "s" : ""), replicas.subList(0, n));

                System.out.println("2. replica lag at 5 writes/s for 20 s (send on the writer -> visible on replica 1)");
                lag(writer, replicas.get(0));

            } finally {
                for (ServeProcess r : replicas)
                    r.close();
                writer.close();
            }
            catchUp(broker, dir, home, triples);
        }
    }

    /**
     * A store of the curated content plus {@code triples} generated ones (imported beforehand with the command line,
     * without SHACL), served by a writer publishing to a new topic, which sends it whole as its first change; then a
     * new replica reads that topic from its beginning.
     */
    private static void catchUp(KafkaBroker broker, Path dir, String home, int triples) throws Exception {
        System.out.printf("3. a new replica catching up %,d triples (plus the curated content)%n", triples);
        Path nt = dir.resolve("big.nt");
        try (InputStream in = new GeneratedNTriples(triples, () -> {})) {
            Files.copy(in, nt);
        }
        run(dir, "load", "--db", dir.resolve("big-writer").toString(), "--home", home);
        long t0 = System.nanoTime();
        run(dir, "import", "--no-validate", "--db", dir.resolve("big-writer").toString(), "--home", home, nt.toString());
        System.out.printf("   the import into the writer's store (command line, no SHACL, no server): %.1f s%n",
                          (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        try (ServeProcess writer = new ServeProcess(dir.resolve("big-writer.log"), Map.of("ALUKG_PASSWORD", PASSWORD), "--home", home,
                "--db", dir.resolve("big-writer").toString(), "--user", USER, "--publish", broker.bootstrap(), "--topic", TOPIC + "-big").start()) {
            System.out.printf("   the writer's start, the whole store put in its outbox as the first change: %.1f s%n",
                              (System.nanoTime() - t1) / 1e9);
            String last = "ASK { <https://example.org/big/" + (triples - 1) + "> ?p ?o }";
            long t2 = System.nanoTime();
            try (ServeProcess fresh = new ServeProcess(dir.resolve("big-replica.log"), Map.of(), "--home", home,
                    "--db", dir.resolve("big-replica").toString(), "--replica-of", broker.bootstrap(), "--topic", TOPIC + "-big").start()) {
                double started = (System.nanoTime() - t2) / 1e9;
                while (!shows(fresh, last))
                    Thread.sleep(100);
                System.out.printf("   a new replica, from the start of the topic: %.1f s until it shows the last triple "
                                  + "(%.1f s of it to start the process)%n", (System.nanoTime() - t2) / 1e9, started);
            }
        }
    }

    private static void run(Path dir, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve(args[0] + ".log");
        Process p = new ProcessBuilder(org.alukg.testing.AlukgProcess.command(args)).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0)
            throw new IllegalStateException("alukg " + String.join(" ", args) + " failed: " + Files.readString(log));
    }

    private static void report(String label, List<ServeProcess> targets) throws InterruptedException {
        run(targets, Duration.ofSeconds(3));
        long[] r = run(targets, Duration.ofSeconds(10));
        System.out.printf("   %-24s %,8.0f queries/s  (%d errors)%n", label, r[0] / 10.0, r[1]);
    }

    /** Queries answered and errors, 8 client threads taking the targets in turn. */
    private static long[] run(List<ServeProcess> targets, Duration d) throws InterruptedException {
        AtomicLong ok = new AtomicLong(), failed = new AtomicLong(), turn = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                while (!stop.get()) {
                    ServeProcess s = targets.get((int) (turn.getAndIncrement() % targets.size()));
                    try {
                        HttpResponse<String> res = ServeProcess.HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "/cluster/sparql?query="
                                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                            HttpResponse.BodyHandlers.ofString());
                        (res.statusCode() == 200 ? ok : failed).incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        failed.incrementAndGet();
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        Thread.sleep(d.toMillis());
        stop.set(true);
        for (Thread th : threads)
            th.join();
        return new long[] {ok.get(), failed.get()};
    }

    private static void lag(ServeProcess writer, ServeProcess replica) throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = writer.send("POST", "/cluster/update", USER, PASSWORD, "application/sparql-update",
                HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <https://example.org/bench/lag> { <https://example.org/bench/w" + i
                                                    + "> <https://example.org/p> " + i + " } }"));
            if (r.statusCode() != 204)
                throw new IllegalStateException("update refused: " + r.statusCode() + " " + r.body());
            String ask = "ASK { GRAPH <https://example.org/bench/lag> { <https://example.org/bench/w" + i + "> ?p ?o } }";
            while (!shows(replica, ask))
                Thread.sleep(2);
            long took = (System.nanoTime() - start) / 1_000_000;
            millis.add(took);
            Thread.sleep(Math.max(0, 200 - took));
        }
        long[] s = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("   median %d ms, p90 %d ms, max %d ms over %d writes%n", s[s.length / 2], s[s.length * 9 / 10],
                          s[s.length - 1], s.length);
    }

    private static boolean shows(ServeProcess s, String ask) {
        try {
            return s.get("/cluster/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8), "application/sparql-results+json")
                    .body().contains("true");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void awaitReady(ServeProcess s, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (s.get("/$/ready", "text/plain").statusCode() == 200)
                    return;
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not ready within " + within + ": " + s.url() + " " + Arrays.toString(new Object[0]));
    }
}
