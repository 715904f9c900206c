package org.alukg.config;

/**
 * Whether and how this server takes part in replication over Kafka: alone (the default, no Kafka at all), as the one
 * writer that publishes every committed change, or as a read-only replica that applies them.
 *
 * @param role           {@link Role#NONE}, {@link Role#WRITER} ({@code --publish}) or {@link Role#REPLICA} ({@code --replica-of})
 * @param bootstrap      the Kafka bootstrap servers, host:port[,host:port…]; null when alone
 * @param topic          the topic of the changes; null when alone
 * @param maxLagSeconds  a replica further behind than this answers 503 on {@code /$/ready}
 */
public record ReplicationConfig(Role role, String bootstrap, String topic, int maxLagSeconds) {
    public enum Role { NONE, WRITER, REPLICA }

    public static final String DEFAULT_TOPIC = "alukg-changes";
    public static final int DEFAULT_MAX_LAG_SECONDS = 10;

    public ReplicationConfig {
        if (role != Role.NONE && (bootstrap == null || bootstrap.isBlank()))
            throw new IllegalArgumentException("replication needs the Kafka bootstrap servers: " + role);
        if (role != Role.NONE && (topic == null || !topic.matches("[A-Za-z0-9._-]{1,249}")))
            throw new IllegalArgumentException("not a Kafka topic name: " + topic);
        if (maxLagSeconds < 1)
            throw new IllegalArgumentException("the replica lag bound must be at least 1 s: " + maxLagSeconds);
    }

    /** Alone: no Kafka. */
    public static ReplicationConfig defaults() { return new ReplicationConfig(Role.NONE, null, null, DEFAULT_MAX_LAG_SECONDS); }

    public ReplicationConfig withRole(Role r, String bootstrapServers, String topicName) {
        return new ReplicationConfig(r, bootstrapServers, topicName, maxLagSeconds);
    }

    public ReplicationConfig withMaxLagSeconds(int seconds) { return new ReplicationConfig(role, bootstrap, topic, seconds); }
}
