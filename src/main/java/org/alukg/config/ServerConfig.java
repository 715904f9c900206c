package org.alukg.config;

import java.time.Duration;

/**
 * How the server runs. Safe by default: bound to 127.0.0.1, read-only, 30 s query timeout.
 *
 * @param host          interface to bind (127.0.0.1 unless told otherwise)
 * @param port          TCP port; 0 picks a free one
 * @param queryTimeout  queries running longer are cancelled
 * @param base          the public base of our IRIs (https://w3id.org/alukg/ by default)
 * @param user          user for writes; null means writes are off
 * @param password      password for writes; null means writes are off
 * @param maxConcurrentQueries queries running at once before others get 503
 */
public record ServerConfig(String host, int port, Duration queryTimeout, String base,
                           String user, String password, int maxConcurrentQueries) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Queries at once by default: one per core, at least 2. Heavy queries beyond the cores only slow each other and
     * take the processor from pings and pages (measured by org.alukg.server.FloodBenchmark, docs/benchmarks.md).
     */
    public static final int DEFAULT_MAX_CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());

    public ServerConfig {
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
        if (queryTimeout.isNegative() || queryTimeout.isZero())
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
        if (!base.endsWith("/"))
            throw new IllegalArgumentException("base must end with '/': " + base);
        if ((user == null) != (password == null))
            throw new IllegalArgumentException("give both user and password, or neither");
        if (maxConcurrentQueries < 1)
            throw new IllegalArgumentException("max concurrent queries must be at least 1: " + maxConcurrentQueries);
    }

    /** The defaults: localhost, port 3030, 30 s, read-only. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, org.alukg.vocab.Alu.BASE, null, null,
                                DEFAULT_MAX_CONCURRENT);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, queryTimeout, base, user, password, maxConcurrentQueries);
    }

    public ServerConfig withTimeout(Duration t) {
        return new ServerConfig(host, port, t, base, user, password, maxConcurrentQueries);
    }

    public ServerConfig withMaxConcurrentQueries(int n) {
        return new ServerConfig(host, port, queryTimeout, base, user, password, n);
    }

    public ServerConfig withCredentials(String u, String p) {
        return new ServerConfig(host, port, queryTimeout, base, u, p, maxConcurrentQueries);
    }

    /** True when a user and password are configured, so writes are open to them. */
    public boolean writable() { return user != null; }
}
