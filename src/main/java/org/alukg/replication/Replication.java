package org.alukg.replication;

import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.alukg.config.ReplicationConfig;
import org.alukg.store.Store;

/**
 * This server's part in replication over Kafka ({@link ReplicationConfig}): none (the default: no Kafka at all), the
 * writer ({@code --publish}), or a read-only replica ({@code --replica-of}). Start it on the store before anything
 * else writes there — the writer records every change from then on — and close it before the store.
 */
public final class Replication implements AutoCloseable, org.alukg.http.ClusterRole {
    private static final Replication NONE = new Replication(ReplicationConfig.defaults(), null);

    private final ReplicationConfig config;
    private final ReplicationRole role;

    private Replication(ReplicationConfig config, ReplicationRole role) {
        this.config = config;
        this.role = role;
    }

    /** No replication. */
    public static Replication none() { return NONE; }

    /** Starts what {@code config} asks of {@code store}; 503 when the writer cannot reach the brokers. */
    public static Replication start(Store store, ReplicationConfig config) {
        return switch (config.role()) {
            case NONE -> NONE;
            case WRITER -> new Replication(config, Publisher.start(store, config.bootstrap(), config.topic()));
            case REPLICA -> new Replication(config, Applier.start(store, config.bootstrap(), config.topic(), config.maxLagSeconds()));
        };
    }

    public ReplicationConfig.Role role() { return config.role(); }

    /** True on a replica: it serves reads only, whatever else is configured. */
    public boolean readOnly() { return config.role() == ReplicationConfig.Role.REPLICA; }

    /** Why this server should not take readers now (a replica too far behind); empty when it may. */
    @Override
    public Optional<String> notReady() { return role == null ? Optional.empty() : role.notReady(); }

    /** One line for the start message; empty without replication. */
    public Optional<String> describe() { return role == null ? Optional.empty() : Optional.of(role.describe()); }

    /** Registers this role's gauges (lag, outbox, …) in the registry of {@code /$/metrics}. */
    @Override
    public void registerGauges(MeterRegistry registry) {
        if (role == null)
            return;
        for (String name : role.gauges().keySet())
            Gauge.builder(name, role, r -> r.gauges().getOrDefault(name, 0.0)).description(DESCRIPTIONS.getOrDefault(name, name))
                 .register(registry);
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
        "alukg.replication.changes", "Changes this writer has committed (the number of the last one)",
        "alukg.replication.outbox", "Committed changes not yet acknowledged by Kafka",
        "alukg.replication.log.reachable", "1 while the Kafka brokers answer, else 0 (writes are refused)",
        "alukg.replication.lag.messages", "Changes on the topic this replica has not applied yet",
        "alukg.replication.lag.seconds", "Seconds this replica has been behind the writer (0 when caught up)",
        "alukg.replication.applied", "The number of the last change this replica applied");

    @Override
    public void close() {
        if (role != null)
            role.close();
    }
}
