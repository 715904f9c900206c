package org.alukg.replication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replica's side: reads the topic from just after the offset its store records and applies each change in one TDB2
 * transaction that also records the change's number and offset — a replica killed at any moment resumes exactly
 * there. A change it already has (sent twice by a writer that was killed, or in the backup it started from) is
 * skipped; a gap in the numbers stops it, not ready, rather than serve data the writer never had. Everything kept in
 * memory follows by itself: it is keyed on the store's data version, which each applied change moves.
 */
final class Applier implements ReplicationRole {
    private static final Logger LOG = LoggerFactory.getLogger("alukg.replication");

    private final Store store;
    private final String bootstrap, topic;
    private final int maxLagSeconds;
    private final TopicPartition partition;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    /** Messages on the topic not applied yet; -1 before the log was first reached. */
    private volatile long lagMessages = -1;
    /** When this replica fell behind (epoch millis), or 0 while it is caught up. */
    private volatile long behindSince;
    private volatile String stopped;
    private volatile long last;

    private Applier(Store store, String bootstrap, String topic, int maxLagSeconds) {
        this.store = store;
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.maxLagSeconds = maxLagSeconds;
        this.partition = new TopicPartition(topic, 0);
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Publisher.MAX_MESSAGE_BYTES);
        c.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Publisher.MAX_MESSAGE_BYTES);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, "alukg-replica");
        thread.setDaemon(true);
    }

    /** Starts applying the changes on {@code topic} to {@code store}, which takes no other write from now on. */
    static Applier start(Store store, String bootstrap, String topic, int maxLagSeconds) {
        Applier a = new Applier(store, bootstrap, topic, maxLagSeconds);
        DatasetGraph db = store.database();
        OptionalLong offset = Txn.calculateRead(db, () -> ReplicationGraph.lastOffset(db));
        a.last = Txn.calculateRead(db, () -> ReplicationGraph.lastChange(db));
        a.consumer.assign(List.of(a.partition));
        if (offset.isPresent())
            a.consumer.seek(a.partition, offset.getAsLong() + 1);
        else
            a.consumer.seekToBeginning(List.of(a.partition));
        store.gateWrites(() -> Optional.of(Problem.conflict("this server is a read-only replica of " + topic
                                                            + ": write to the writer")));
        a.thread.start();
        return a;
    }

    /** Where this replica starts, for the start message. */
    long lastChange() { return last; }

    private void run() {
        while (running) {
            try {
                var records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    if (!running)
                        return;
                    apply(r);
                }
                OptionalLong lag = consumer.currentLag(partition);
                if (lag.isPresent()) {
                    long l = lag.getAsLong();
                    lagMessages = l;
                    if (l == 0)
                        behindSince = 0;
                    else if (behindSince == 0)
                        behindSince = System.currentTimeMillis();
                }
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                return;
            } catch (GapException e) {
                stopped = e.getMessage();
                LOG.error("replication stopped: {}", e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (!running)
                    return;
                LOG.warn("cannot apply the changes of {} on {}: {} (trying again)", topic, bootstrap, e.toString());
                pause();
            }
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> r) {
        RDFPatch patch = read(r.value());
        PatchHeader h = patch.header();
        long n = ReplicationGraph.changeNumber(h.getId());
        if (n <= last)
            return; // already here: sent again, or in the backup this replica started from
        if (n != last + 1)
            throw new GapException("change " + n + " at offset " + r.offset() + " of " + topic + " follows change " + last
                                   + " of this store: the changes between are missing (start this replica from a backup)");
        if (behindSince == 0)
            behindSince = r.timestamp();
        DatasetGraph db = store.database();
        boolean reset = h.get(PatchWriter.RESET) != null;
        Txn.executeWrite(db, () -> {
            if (reset)
                ReplicationGraph.clearData(db);
            patch.apply(new RDFChangesExternalTxn(new RDFChangesApply(db)));
            ReplicationGraph.dropOutbox(db);
            ReplicationGraph.setLastChange(db, n);
            ReplicationGraph.setLastOffset(db, r.offset());
        });
        last = n;
    }

    private static RDFPatch read(byte[] message) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(message))) {
            return RDFPatchOps.collect(RDFPatchOps.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class GapException extends RuntimeException {
        GapException(String message) { super(message); }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds since this replica fell behind; 0 while it is caught up. */
    double lagSeconds() {
        long since = behindSince;
        return since == 0 ? 0 : Math.max(0, (System.currentTimeMillis() - since) / 1000.0);
    }

    @Override
    public Optional<String> notReady() {
        if (stopped != null)
            return Optional.of("replication stopped: " + stopped);
        if (lagMessages < 0)
            return Optional.of("the replica has not reached the log yet: " + bootstrap);
        double seconds = lagSeconds();
        if (seconds > maxLagSeconds)
            return Optional.of("the replica is " + lagMessages + " changes and " + Math.round(seconds)
                               + " s behind the writer (more than " + maxLagSeconds + " s)");
        return Optional.empty();
    }

    @Override
    public Map<String, Double> gauges() {
        return Map.of("alukg.replication.lag.messages", (double) Math.max(0, lagMessages),
                      "alukg.replication.lag.seconds", lagSeconds(),
                      "alukg.replication.applied", (double) last);
    }

    @Override
    public String describe() { return "replica of " + topic + " on " + bootstrap + ", from change " + last; }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(2));
    }
}
