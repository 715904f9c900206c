package org.alukg.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.alukg.server.ReadinessAndMetricsTest.metric;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.alukg.store.Store;
import org.alukg.testing.AlukgProcess;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.alukg.testing.KafkaBroker;
import org.alukg.testing.ServeProcess;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer and its replicas over a real single-node Kafka broker (KRaft, a child process), each server a process of
 * its own on its own TDB2 store: what a reader of a replica sees while the writer writes, and after a replica, the
 * writer or the broker is killed. The scenarios run in order on the same servers; each says what it leaves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(1)
class ReplicasTest {
    /** What the run measured, in the test log (not on standard output, which the command-line tests read). */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReplicasTest.class);
    @RegisterExtension static final Curated curated = Curated.fixture();
    @TempDir static Path dir;
    private static final String USER = "admin", PASSWORD = "replication-secret", TOPIC = "alukg-test";
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
                                            + ReplicationGraph.GRAPH.getURI() + ">) }";
    private static KafkaBroker broker;
    private static ServeProcess writer, first, second;

    @BeforeAll
    static void start() throws Exception {
        broker = KafkaBroker.startIn(dir.resolve("kafka"));
        curated.storeAt(dir.resolve("writer"));
        writer = writerProcess().start();
        first = replica("first").start();
        second = replica("second").start();
        awaitReady(first);
        awaitReady(second);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {first, second, writer, broker})
            try {
                if (c != null)
                    c.close();
            } catch (Exception e) {
                // the next one still stops
            }
    }

    private static ServeProcess writerProcess() {
        return new ServeProcess(dir.resolve("writer.log"), Map.of("ALUKG_PASSWORD", PASSWORD),
            "--home", home(), "--db", dir.resolve("writer").toString(), "--user", USER,
            "--backups", dir.resolve("backups").toString(), "--publish", broker.bootstrap(), "--topic", TOPIC);
    }

    private static ServeProcess replica(String name) {
        return new ServeProcess(dir.resolve(name + ".log"), Map.of(),
            "--home", home(), "--db", dir.resolve(name).toString(), "--replica-of", broker.bootstrap(), "--topic", TOPIC);
    }

    private static String home() { return ContentTree.FIXTURE.locations().home().toAbsolutePath().toString(); }

    @Test
    @Order(1)
    void replicasStartWithTheWritersGraphAndShowAnImportWithinTwoSeconds() throws Exception {
        assertSameGraphs(writer, first);
        assertSameGraphs(writer, second);

        String nt = "<https://example.org/id/firm/one> <http://www.w3.org/2000/01/rdf-schema#label> \"Firm one\" .\n";
        long sent = System.nanoTime();
        HttpResponse<String> imported = writer.send("POST", "/api/imports?name=firm-one", USER, PASSWORD, "application/n-triples",
                                                    HttpRequest.BodyPublishers.ofString(nt));
        assertEquals(201, imported.statusCode(), imported.body());
        String ask = "ASK { <https://example.org/id/firm/one> ?p \"Firm one\" }";
        await(Duration.ofSeconds(2), () -> shows(first, ask) && shows(second, ask), "the import on both replicas");
        LOG.info(String.format("replication: an import was on both replicas %.0f ms after it was sent to the writer",
                          (System.nanoTime() - sent) / 1e6));
        assertSameGraphs(writer, first);
        assertSameGraphs(writer, second);

        String replicaMetrics = first.get("/$/metrics", "text/plain").body();
        assertEquals(0, metric(replicaMetrics, "alukg_replication_lag_messages", null), "a caught-up replica's lag in changes");
        assertEquals(0, metric(replicaMetrics, "alukg_replication_lag_seconds", null), "a caught-up replica's lag in seconds");
        assertTrue(metric(replicaMetrics, "alukg_replication_applied", null) >= 2, "the snapshot and the import are applied");
        String writerMetrics = writer.get("/$/metrics", "text/plain").body();
        assertEquals(0, metric(writerMetrics, "alukg_replication_outbox", null), "nothing waits in the writer's outbox");
        assertEquals(1, metric(writerMetrics, "alukg_replication_log_reachable", null), "the writer reaches the log");

        // What a replica keeps in memory from the data follows each applied change too: its search index.
        String named = "<https://w3id.org/alukg/id/org/zyxwv-aluminium> <http://www.w3.org/2000/01/rdf-schema#label> \"Zyxwv Aluminium\" .\n";
        assertTrue(!body(first, "/api/search?q=zyxwv").contains("zyxwv-aluminium"), "not found before it is imported");
        HttpResponse<String> named1 = writer.send("POST", "/api/imports?name=zyxwv", USER, PASSWORD, "application/n-triples",
                                                  HttpRequest.BodyPublishers.ofString(named));
        assertEquals(201, named1.statusCode(), named1.body());
        await(Duration.ofSeconds(2), () -> body(first, "/api/search?q=zyxwv").contains("zyxwv-aluminium"),
              "the replica's search finds the imported firm");

        HttpResponse<String> refused = first.send("POST", "/cluster/update", USER, PASSWORD, "application/sparql-update",
                                                  HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        assertTrue(refused.statusCode() == 403 || refused.statusCode() == 404 || refused.statusCode() == 405,
                   "a replica takes no write: " + refused.statusCode());
    }

    @Test
    @Order(2)
    void aReplicaKilledResumesExactlyWhereItStopped() throws Exception {
        first.kill();
        for (int i = 0; i < 3; i++)
            assertEquals(204, update(writer, "INSERT DATA { GRAPH <https://example.org/g/killed> { <https://example.org/s> "
                                                     + "<https://example.org/p> " + i + " } }").statusCode());
        assertEquals(204, update(writer, "DELETE DATA { GRAPH <https://example.org/g/killed> { <https://example.org/s> "
                                         + "<https://example.org/p> 0 } }").statusCode());
        first.start();
        String ask = "ASK { GRAPH <https://example.org/g/killed> { <https://example.org/s> <https://example.org/p> 2 } }";
        await(Duration.ofSeconds(20), () -> shows(first, ask), "the writes made while the replica was down");
        assertSameGraphs(writer, first);
        assertSameGraphs(writer, second);
    }

    @Test
    @Order(3)
    void withTheBrokerStoppedWritesGet503AndEveryoneKeepsAnsweringReads() throws Exception {
        broker.stop();
        // Writes are refused once the writer sees the broker gone (within seconds); one taken before that waits in the
        // outbox and reaches the replicas when the broker is back: none is lost, none half-done.
        int[] attempt = {0};
        HttpResponse<String>[] last = new HttpResponse[1];
        try {
            await(Duration.ofSeconds(15), () -> {
                attempt[0]++;
                last[0] = updateQuietly(writer, "INSERT DATA { GRAPH <https://example.org/g/brokerless-" + attempt[0]
                                                + "> { <https://example.org/s> <https://example.org/p> 1 } }");
                return last[0] != null && last[0].statusCode() == 503;
            }, "writes refused with 503");
            assertTrue(last[0].headers().firstValue("Retry-After").isPresent(), "503 carries Retry-After");
            assertTrue(last[0].body().contains("writes are refused: the replication log cannot be reached: " + broker.bootstrap()),
                       last[0].body());
            assertFalse(shows(writer, "ASK { GRAPH <https://example.org/g/brokerless-" + attempt[0] + "> { ?s ?p ?o } }"),
                        "the refused write left nothing on the writer");
            for (ServeProcess s : List.of(writer, first, second))
                assertEquals(200, s.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1").statusCode(), "reads go on: " + s.url());
        } finally {
            broker.start();
        }
        await(Duration.ofSeconds(30), () -> {
            HttpResponse<String> r = updateQuietly(writer, "INSERT DATA { GRAPH <https://example.org/g/back> { <https://example.org/s> <https://example.org/p> 1 } }");
            return r != null && r.statusCode() == 204;
        }, "writes taken again once the broker is back");
        String back = "ASK { GRAPH <https://example.org/g/back> { ?s ?p ?o } }";
        await(Duration.ofSeconds(20), () -> shows(first, back) && shows(second, back), "the write after the broker came back");
        assertFalse(shows(first, "ASK { GRAPH <https://example.org/g/brokerless-" + attempt[0] + "> { ?s ?p ?o } }"),
                    "the refused write is on no replica");
        assertSameGraphs(writer, first);
        assertSameGraphs(writer, second);
    }

    @Test
    @Order(4)
    void aWriterKilledMidImportOrJustAfterACommitLosesNothingAndLeaksNothing() throws Exception {
        // Killed in the middle of a large import: the import never commits, and no replica ever shows a part of it.
        CountDownLatch midway = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> big = CompletableFuture.supplyAsync(() -> {
            try {
                return writer.send("POST", "/api/imports?name=big", USER, PASSWORD, "application/n-triples",
                                   HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedNTriples(400_000, midway::countDown)));
            } catch (IOException | InterruptedException e) {
                return null;
            }
        });
        assertTrue(midway.await(60, TimeUnit.SECONDS), "the import was under way");
        writer.kill();
        big.handle((r, e) -> r).get(30, TimeUnit.SECONDS);
        String part = "ASK { GRAPH ?g { <https://example.org/big/1> ?p ?o } }";
        for (int i = 0; i < 5; i++) {
            assertFalse(shows(first, part) || shows(second, part), "no replica shows a part of the killed import");
            Thread.sleep(100);
        }

        // Killed as soon as an import committed: the change waits in the outbox and is sent when the writer is back.
        writer.start();
        HttpResponse<String> small = writer.send("POST", "/api/imports?name=just-committed", USER, PASSWORD, "application/n-triples",
            HttpRequest.BodyPublishers.ofString("<https://example.org/id/firm/two> <http://www.w3.org/2000/01/rdf-schema#label> \"Firm two\" .\n"));
        writer.kill();
        assertEquals(201, small.statusCode(), small.body());
        long logged = Files.size(dir.resolve("writer.log"));
        writer.start();
        String restarted = Files.readString(dir.resolve("writer.log")).substring((int) logged);
        LOG.info("replication: writer killed just after a commit; at its restart: "
                           + (restarted.contains("wait in the outbox") ? "the change waited in the outbox and was sent then"
                                                                       : "Kafka already had the change"));
        String two = "ASK { <https://example.org/id/firm/two> ?p \"Firm two\" }";
        await(Duration.ofSeconds(20), () -> shows(first, two) && shows(second, two), "the import committed just before the kill");
        assertFalse(shows(writer, part), "the killed import is not on the writer either");
        assertSameGraphs(writer, first);
        assertSameGraphs(writer, second);
    }

    @Test
    @Order(5)
    void aThirdReplicaJoinsFromABackupAndConverges() throws Exception {
        HttpResponse<String> backup = writer.send("POST", "/$/backup", USER, PASSWORD, null, HttpRequest.BodyPublishers.noBody());
        assertEquals(200, backup.statusCode(), backup.body());
        assertEquals(204, update(writer, "INSERT DATA { GRAPH <https://example.org/g/after-backup> { <https://example.org/s> "
                                         + "<https://example.org/p> 1 } }").statusCode());
        Path file = backupFile();
        Process restore = new ProcessBuilder(AlukgProcess.command("restore", file.toString(), "--db", dir.resolve("third").toString(),
                                                                  "--home", home()))
            .redirectErrorStream(true).redirectOutput(dir.resolve("restore.log").toFile()).start();
        assertTrue(restore.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, restore.exitValue(), Files.readString(dir.resolve("restore.log")));
        try (ServeProcess third = replica("third").start()) {
            String after = "ASK { GRAPH <https://example.org/g/after-backup> { ?s ?p ?o } }";
            await(Duration.ofSeconds(20), () -> shows(third, after), "the write made after the backup");
            assertSameGraphs(writer, third);
        }
    }

    @Test
    @Order(6)
    void aReplicaThatCannotReachTheLogServesWhatItHasButIsNotReady() throws Exception {
        int dead;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            dead = s.getLocalPort();
        }
        try (ServeProcess lost = new ServeProcess(dir.resolve("lost.log"), Map.of(), "--home", home(), "--db", dir.resolve("second").toString(),
                                                  "--replica-of", "127.0.0.1:" + dead, "--topic", TOPIC, "--max-lag", "1")) {
            second.kill();
            lost.start();
            HttpResponse<String> ready = lost.get("/$/ready", "text/plain");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.headers().firstValue("Retry-After").isPresent());
            assertTrue(ready.body().contains("the replica has not reached the log yet: 127.0.0.1:" + dead), ready.body());
            assertTrue(shows(lost, "ASK { <https://example.org/id/firm/one> ?p \"Firm one\" }"), "it serves what it has");
        }
    }

    @Test
    @Order(7)
    void aRestoreOnTheWritersStoreReachesTheReplicasWhenTheWriterStartsAgain() throws Exception {
        Path file = backupFile();
        writer.kill();
        Process restore = new ProcessBuilder(AlukgProcess.command("restore", file.toString(), "--force",
                                                                  "--db", dir.resolve("writer").toString(), "--home", home()))
            .redirectErrorStream(true).redirectOutput(dir.resolve("restore-writer.log").toFile()).start();
        assertTrue(restore.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, restore.exitValue(), Files.readString(dir.resolve("restore-writer.log")));
        writer.start();
        String after = "ASK { GRAPH <https://example.org/g/after-backup> { ?s ?p ?o } }";
        assertFalse(shows(writer, after), "the writer holds the backup, without what came after it");
        await(Duration.ofSeconds(20), () -> !shows(first, after), "the replica takes the restored store in place of its own");
        assertSameGraphs(writer, first);
        assertEquals(204, update(writer, "INSERT DATA { GRAPH <https://example.org/g/after-restore> { <https://example.org/s> "
                                         + "<https://example.org/p> 1 } }").statusCode());
        await(Duration.ofSeconds(20), () -> shows(first, "ASK { GRAPH <https://example.org/g/after-restore> { ?s ?p ?o } }"),
              "a write after the restore");
        assertSameGraphs(writer, first);
    }

    @Test
    @Order(8)
    void aChangeCommittedButNeverSentIsSentWhenTheWriterStartsAgain() throws Exception {
        // What a writer killed between its commit and its send leaves: the change committed, with its message in the
        // outbox. Made here on the writer's store itself, so that the kill cannot come too late.
        writer.kill();
        Store store = Store.tdb2(dir.resolve("writer"));
        try {
            store.wrap(tdb -> new CapturingDataset(tdb, new ChangeRecorder((body, n) ->
                ReplicationGraph.append(store.database(), body, false)), () -> {}));
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(NodeFactory.createURI("https://example.org/g/unsent"),
                NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                NodeFactory.createLiteralString("committed, never sent")));
            assertEquals(1, Txn.calculateRead(store.database(), () -> ReplicationGraph.waiting(store.database())));
        } finally {
            store.closeAndRelease();
        }
        long logged = Files.size(dir.resolve("writer.log"));
        writer.start();
        assertTrue(Files.readString(dir.resolve("writer.log")).substring((int) logged).contains("1 committed before the last stop wait in the outbox"),
                   "the writer says it found the change in its outbox");
        String unsent = "ASK { GRAPH <https://example.org/g/unsent> { ?s ?p \"committed, never sent\" } }";
        await(Duration.ofSeconds(20), () -> shows(first, unsent), "the change from the outbox on the replica");
        assertSameGraphs(writer, first);
    }

    private static Path backupFile() throws IOException {
        try (var files = Files.list(dir.resolve("backups"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nq.gz")).findFirst().orElseThrow();
        }
    }

    private static HttpResponse<String> update(ServeProcess s, String update) throws IOException, InterruptedException {
        return s.send("POST", "/cluster/update", USER, PASSWORD, "application/sparql-update", HttpRequest.BodyPublishers.ofString(update));
    }

    private static HttpResponse<String> updateQuietly(ServeProcess s, String text) {
        try {
            return update(s, text);
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }

    private static boolean shows(ServeProcess s, String ask) {
        try {
            HttpResponse<String> r = s.get("/cluster/sparql?query=" + java.net.URLEncoder.encode(ask, StandardCharsets.UTF_8),
                                           "application/sparql-results+json");
            return r.statusCode() == 200 && r.body().contains("true");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Every quad of every graph but the replication bookkeeping, sorted, blank nodes unnamed. */
    private static String quads(ServeProcess s) throws IOException, InterruptedException {
        HttpResponse<String> r = s.query(ALL_QUADS);
        assertEquals(200, r.statusCode(), r.body());
        String[] lines = r.body().replaceAll("_:[A-Za-z0-9]+", "_:b").split("\n");
        return String.join("\n", Arrays.stream(lines).skip(1).sorted().toList());
    }

    private static void assertSameGraphs(ServeProcess expected, ServeProcess actual) throws IOException, InterruptedException {
        String e = quads(expected);
        String[] got = new String[1];
        await(Duration.ofSeconds(10), () -> {
            try {
                got[0] = quads(actual);
                return got[0].equals(e);
            } catch (IOException | InterruptedException ex) {
                return false;
            }
        }, "graph by graph equality with " + expected.url() + " (" + e.split("\n").length + " quads; the replica has "
           + (got[0] == null ? "?" : got[0].split("\n").length) + ")");
    }

    /** The JSON body at {@code path}, or "" while the server does not answer. */
    private static String body(ServeProcess s, String path) {
        try {
            return s.get(path, "application/json").body();
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static void awaitReady(ServeProcess s) {
        await(Duration.ofSeconds(30), () -> {
            try {
                return s.get("/$/ready", "text/plain").statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        }, "ready: " + s.url());
    }

    private static void await(Duration within, BooleanSupplier condition, String what) {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean())
                return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
    }
}
