package org.alukg.http;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the modules of a server need to know of its part among several servers (the writer or a replica of the
 * replication feature, or a server on its own): whether it may take readers now, and the gauges it adds to
 * {@code /$/metrics}. A server on its own is {@link #ALONE}.
 */
public interface ClusterRole {
    /** A server on its own: always ready as far as replication goes, no gauges. */
    ClusterRole ALONE = new ClusterRole() {};

    /** Why this server should not take readers now (a replica too far behind); empty when it may. */
    default Optional<String> notReady() { return Optional.empty(); }

    /** Registers this role's gauges in the registry of {@code /$/metrics}. */
    default void registerGauges(MeterRegistry registry) {}
}
