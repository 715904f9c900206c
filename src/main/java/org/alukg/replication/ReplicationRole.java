package org.alukg.replication;

import java.util.Map;
import java.util.Optional;

/** What a server does in replication: publish (the writer) or apply (a replica). */
interface ReplicationRole extends AutoCloseable {
    /** Why this server should not take readers now, as one line; empty when it may. */
    Optional<String> notReady();

    /** Gauges for {@code /$/metrics}, read at each scrape, by name. */
    Map<String, Double> gauges();

    /** One line for the start message. */
    String describe();

    @Override
    void close();
}
