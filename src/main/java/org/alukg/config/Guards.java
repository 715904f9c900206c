package org.alukg.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What keeps an exposed server safe, each with a documented default.
 *
 * @param maxQueryBytes   the longest SPARQL query or update text accepted (1 MiB); longer is 413, unparsed
 * @param maxHeaderBytes  the largest request line and headers (64 KiB); larger is 431 (or 414 for the URI)
 * @param maxParameters   the most form or query-string parameters in one request (200); more is 400
 * @param loadHosts       hosts SPARQL {@code LOAD} may read from (none: LOAD from the web is off)
 * @param writeOrigins    origins whose pages may write through a browser with CORS (none)
 * @param grace           how long a stopping server lets requests in flight finish (30 s)
 * @param keystore        a PKCS#12 or JKS keystore for HTTPS, or null for plain HTTP
 * @param keystorePassword its password (from the environment, never from a file), or null
 */
public record Guards(long maxQueryBytes, int maxHeaderBytes, int maxParameters, Set<String> loadHosts,
                     Set<String> writeOrigins, Duration grace, Path keystore, String keystorePassword) {
    public static final long DEFAULT_MAX_QUERY_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_HEADER_BYTES = 64 << 10, DEFAULT_MAX_PARAMETERS = 200;
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(30);

    public Guards {
        if (maxQueryBytes < 1 || maxHeaderBytes < 1024 || maxParameters < 1)
            throw new IllegalArgumentException("caps too small: query " + maxQueryBytes + " bytes, headers "
                                               + maxHeaderBytes + " bytes, " + maxParameters + " parameters");
        if (grace.isNegative())
            throw new IllegalArgumentException("grace period must not be negative: " + grace);
        loadHosts = Set.copyOf(loadHosts);
        writeOrigins = Set.copyOf(writeOrigins);
    }

    public static Guards defaults() {
        return new Guards(DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_PARAMETERS, Set.of(), Set.of(),
                          DEFAULT_GRACE, null, null);
    }

    public boolean https() { return keystore != null; }

    public Guards withMaxQueryBytes(long n) {
        return new Guards(n, maxHeaderBytes, maxParameters, loadHosts, writeOrigins, grace, keystore, keystorePassword);
    }

    public Guards withLoadHosts(Set<String> hosts) {
        return new Guards(maxQueryBytes, maxHeaderBytes, maxParameters, hosts, writeOrigins, grace, keystore, keystorePassword);
    }

    public Guards withWriteOrigins(Set<String> origins) {
        return new Guards(maxQueryBytes, maxHeaderBytes, maxParameters, loadHosts, origins, grace, keystore, keystorePassword);
    }

    public Guards withGrace(Duration g) {
        return new Guards(maxQueryBytes, maxHeaderBytes, maxParameters, loadHosts, writeOrigins, g, keystore, keystorePassword);
    }

    public Guards withKeystore(Path file, String password) {
        return new Guards(maxQueryBytes, maxHeaderBytes, maxParameters, loadHosts, writeOrigins, grace, file, password);
    }
}
