package org.alukg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run as a child JVM on
 * the test classpath (the {@code kafka_2.13} jars from Maven Central) on two free loopback ports: no Docker, no mock.
 * {@link #stop()} kills it and {@link #start()} brings it back on the same ports and log folder, for the tests of a
 * writer whose log goes away.
 */
public final class KafkaBroker implements AutoCloseable {
    private final Path dir;
    private final int port, controllerPort;
    private Process process;

    private KafkaBroker(Path dir) {
        this.dir = dir;
        this.port = freePort();
        this.controllerPort = freePort();
    }

    /** Formats a new broker's storage in {@code dir} and starts it; returns once it takes connections. */
    public static KafkaBroker startIn(Path dir) {
        KafkaBroker b = new KafkaBroker(dir);
        b.format();
        b.start();
        return b;
    }

    /** host:port for the clients. */
    public String bootstrap() { return "127.0.0.1:" + port; }

    private Path properties() { return dir.resolve("server.properties"); }

    private void format() {
        try {
            Files.createDirectories(dir);
            Files.writeString(properties(), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("log"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + (64 << 20),
                "replica.fetch.max.bytes=" + (64 << 20),
                "") );
            Process f = new ProcessBuilder(java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                                                "-c", properties().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
            if (f.waitFor() != 0)
                throw new IllegalStateException("kafka storage format failed: " + Files.readString(dir.resolve("format.log")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the broker (again); returns once its port takes connections. */
    public synchronized void start() {
        if (process != null && process.isAlive())
            return;
        try {
            process = new ProcessBuilder(java("kafka.Kafka", properties().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile()))
                .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive())
                throw new IllegalStateException("the Kafka broker stopped at start; see " + dir.resolve("broker.log"));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                sleep(200);
            }
        }
        throw new IllegalStateException("the Kafka broker did not listen within 60 s; see " + dir.resolve("broker.log"));
    }

    /** Kills the broker (SIGKILL): its clients see it vanish. */
    public synchronized void stop() {
        if (process == null)
            return;
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() { stop(); }

    private static List<String> java(String main, String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dlog4j2.level=WARN",
            "-cp", System.getProperty("java.class.path"), main));
        c.addAll(List.of(args));
        return c;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
