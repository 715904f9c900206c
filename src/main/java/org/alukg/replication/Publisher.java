package org.alukg.replication;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writer's side: records every committed change of the store into the outbox ({@link ReplicationGraph}) in the
 * committing transaction, and sends the outbox to the topic, oldest first, with an idempotent producer and
 * {@code acks=all}; a change leaves the outbox only once Kafka has acknowledged it. A writer killed between a commit and
 * its send sends on its next start; one killed between the send and the removal sends again, and replicas skip the
 * change they already have. While the brokers cannot be reached, writes are refused with 503 and reads go on.
 */
final class Publisher implements ReplicationRole {
    private static final Logger LOG = LoggerFactory.getLogger("alukg.replication");
    /** Largest message: a change's gzipped patch. The topic is created to take it. */
    static final int MAX_MESSAGE_BYTES = 64 << 20;

    private final Store store;
    private final String bootstrap, topic;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Thread sender, prober;
    private final Object wake = new Object();
    /** Set by {@link #wake()}, cleared by the sender before it reads the outbox: no commit goes unnoticed. */
    private boolean woken;
    private volatile boolean running = true;
    private volatile boolean reachable;
    /** Changes found in the outbox at the start: committed by an earlier run that stopped before Kafka had them. */
    private long leftOver;

    private Publisher(Store store, String bootstrap, String topic) {
        this.store = store;
        this.bootstrap = bootstrap;
        this.topic = topic;
        Properties a = new Properties();
        a.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        a.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        a.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        admin = Admin.create(a);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_MESSAGE_BYTES);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 2L * MAX_MESSAGE_BYTES);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        sender = new Thread(this::sendLoop, "alukg-publisher");
        sender.setDaemon(true);
        prober = new Thread(this::probeLoop, "alukg-publisher-probe");
        prober.setDaemon(true);
    }

    /**
     * Starts publishing the changes of {@code store} to {@code topic}: creates the topic when it is missing, makes the
     * store record its changes, and, for a store that holds data but has never published, puts all of it in the outbox
     * as the first change. Throws 503 when the brokers cannot be reached.
     */
    static Publisher start(Store store, String bootstrap, String topic) {
        Publisher p = new Publisher(store, bootstrap, topic);
        try {
            p.createTopic();
            p.reachable = true;
            TdbEngineForCapture.register();
            DatasetGraph db = store.database();
            store.wrap(tdb -> new CapturingDataset(tdb, new ChangeRecorder((body, n) -> p.enqueue(body, false)), p::wake));
            Txn.executeWrite(db, () -> {
                p.leftOver = ReplicationGraph.waiting(db);
                boolean fresh = !ReplicationGraph.counts(db), restored = ReplicationGraph.restoredOffline(db);
                if (fresh || restored) {
                    // A store that holds data but never published, or was restored while no writer ran: its whole
                    // content goes first, as a reset that replicas take in place of what they hold.
                    PatchWriter all = new PatchWriter();
                    db.find().forEachRemaining(q -> {
                        if (!ReplicationGraph.GRAPH.equals(q.getGraph()))
                            all.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                    });
                    if (fresh)
                        ReplicationGraph.setLastChange(db, 0);
                    if (all.changes() > 0 || restored)
                        p.enqueue(all.body(), true);
                    ReplicationGraph.published(db);
                }
            });
            store.gateWrites(p::refusal);
            p.sender.start();
            p.prober.start();
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /** In the committing transaction: the next change number, and the message in the outbox. */
    private void enqueue(byte[] body, boolean reset) {
        DatasetGraph db = store.database();
        long n = ReplicationGraph.lastChange(db) + 1;
        ReplicationGraph.enqueue(db, n, PatchWriter.message(n, body, reset));
        ReplicationGraph.setLastChange(db, n);
    }

    /** After a commit: the sender looks at the outbox now. */
    private void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void createTopic() {
        try {
            int brokers = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
            NewTopic t = new NewTopic(topic, 1, (short) Math.min(3, brokers))
                .configs(Map.of("max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES), "retention.ms", "-1",
                                "min.insync.replicas", Integer.toString(Math.min(2, brokers))));
            admin.createTopics(List.of(t)).all().get(10, TimeUnit.SECONDS);
            LOG.info("created the topic {} on {}", topic, bootstrap);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException))
                throw unreachable(e.getCause());
        } catch (TimeoutException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(e);
        }
    }

    private Problem unreachable(Throwable cause) {
        return Problem.unavailable("the replication log cannot be reached: " + bootstrap + " (" + cause.getMessage() + ")", 5);
    }

    /** Why writes are refused now, if they are. */
    Optional<Problem> refusal() {
        if (reachable)
            return Optional.empty();
        return Optional.of(Problem.unavailable("writes are refused: the replication log cannot be reached: " + bootstrap
                                               + " (reads go on; try again when it is back)", 5));
    }

    private void probeLoop() {
        while (running) {
            try {
                admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                if (!reachable)
                    LOG.info("the replication log is reachable again: {}", bootstrap);
                reachable = true;
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                if (reachable)
                    LOG.warn("the replication log cannot be reached: {}: writes are refused until it is back", bootstrap);
                reachable = false;
            }
            pause(1000);
        }
    }

    private void sendLoop() {
        while (running) {
            try {
                DatasetGraph db = store.database();
                synchronized (wake) {
                    woken = false;
                }
                List<ReplicationGraph.Pending> pending = Txn.calculateRead(db, () -> ReplicationGraph.outbox(db));
                for (ReplicationGraph.Pending c : pending) {
                    if (!running)
                        return;
                    RecordMetadata m = producer.send(new ProducerRecord<>(topic, 0, null, c.message())).get(30, TimeUnit.SECONDS);
                    Txn.executeWrite(db, () -> {
                        ReplicationGraph.dequeue(db, c.number());
                        ReplicationGraph.setLastOffset(db, m.offset());
                    });
                }
                if (pending.isEmpty())
                    synchronized (wake) {
                        if (!woken)
                            wake.wait(500);
                    }
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                if (!running)
                    return;
                LOG.warn("cannot send a change to {} on {}: {} (kept in the outbox, sent again)", topic, bootstrap, e.toString());
                pause(1000);
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Optional<String> notReady() { return Optional.empty(); }

    @Override
    public Map<String, Double> gauges() {
        DatasetGraph db = store.database();
        long[] lastAndWaiting = store.isOpen()
            ? Txn.calculateRead(db, () -> new long[] {ReplicationGraph.lastChange(db), ReplicationGraph.waiting(db)})
            : new long[2];
        return Map.of("alukg.replication.changes", (double) lastAndWaiting[0],
                      "alukg.replication.outbox", (double) lastAndWaiting[1],
                      "alukg.replication.log.reachable", reachable ? 1.0 : 0.0);
    }

    @Override
    public String describe() {
        return "publishing every change to " + topic + " on " + bootstrap
               + (leftOver > 0 ? " (" + leftOver + " committed before the last stop wait in the outbox: sending them first)" : "");
    }

    @Override
    public void close() {
        // The sender is never interrupted: an interrupt in the middle of TDB2's file I/O closes the store's files.
        running = false;
        wake();
        producer.close(Duration.ofSeconds(1));
        prober.interrupt();
        try {
            sender.join(10_000);
            prober.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(2));
    }
}
