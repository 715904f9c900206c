package org.alukg.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.config.SettingsFile;
import org.alukg.config.TraceLimits;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.ingest.CuratedLoader;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.server.AlukgServer;
import org.alukg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
         description = {"Load the curated content when it changed, then serve the graph: SPARQL at /cluster/sparql, "
                        + "the query UI at /, linked data and the APIs.",
                        "Read-only unless --user is given with a password in ALUKG_PASSWORD. Ctrl-C stops it.",
                        "Settings come from the defaults, then --config FILE, then ALUKG_PORT, then the flags."})
public final class ServeCommand implements Callable<Integer> {
    /** The environment variable that may give the port (a flag wins over it). */
    public static final String PORT_VARIABLE = "ALUKG_PORT";

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreMixin store;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML settings file (sections server, trace, imports, guards, operations; see docs/operations.md).")
    Path config;

    @Option(names = "--host", description = "Interface to bind (default: " + ServerConfig.DEFAULT_HOST
                                            + "; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", description = "Port (default: " + ServerConfig.DEFAULT_PORT + ", or " + PORT_VARIABLE
                                            + " when set; 0 picks a free one).")
    Integer port;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Cancel queries running longer than this (default: 30 s).")
    Long timeoutSeconds;

    @Option(names = "--base", description = "The public base of the IRIs served (default: https://w3id.org/alukg/).")
    String base;

    @Option(names = "--max-queries", description = "Queries that may run at once; more get 503 (default: one per core, at "
                                                   + "least 2).")
    Integer maxQueries;

    @Option(names = "--max-trace-depth", description = "Deepest trace, in supply tiers (default: "
                                                       + TraceLimits.DEFAULT_MAX_DEPTH + ").")
    Integer maxTraceDepth;

    @Option(names = "--max-trace-nodes", description = "Most nodes a trace may return (default: "
                                                       + TraceLimits.DEFAULT_MAX_NODES + ").")
    Integer maxTraceNodes;

    @Option(names = "--user", description = "The user allowed to write (update, upload, import). "
            + "The password is read from the environment variable ALUKG_PASSWORD.")
    String user;

    @Option(names = "--max-query-bytes", paramLabel = "BYTES",
            description = "Longest SPARQL query or update text; longer gets 413 (default: 1048576).")
    Long maxQueryBytes;

    @Option(names = "--allow-load", paramLabel = "HOST", split = ",",
            description = "Hosts SPARQL LOAD may read from (default: none, LOAD from the web is off). Never loopback or "
                          + "private addresses; redirects are not followed.")
    java.util.List<String> allowLoad;

    @Option(names = "--write-origin", paramLabel = "ORIGIN", split = ",",
            description = "Origins (https://host) whose pages may write with CORS and credentials (default: none).")
    java.util.List<String> writeOrigins;

    @Option(names = "--https", paramLabel = "KEYSTORE",
            description = "Serve HTTPS only, with this PKCS#12 keystore; its password is read from ALUKG_KEYSTORE_PASSWORD.")
    Path keystore;

    @Option(names = "--grace", paramLabel = "SECONDS",
            description = "On SIGTERM or Ctrl-C, let requests in flight finish this long, then stop (default: 30 s).")
    Long graceSeconds;

    @Option(names = "--backups", paramLabel = "DIR",
            description = "Where POST /$/backup writes backups (default: backups beside the store folder, var/backups).")
    Path backups;

    @Option(names = "--keep-backups", paramLabel = "N",
            description = "Backups POST /$/backup keeps, newest first; 0 keeps all (default: "
                          + org.alukg.config.Operations.DEFAULT_KEEP_BACKUPS + ").")
    Integer keepBackups;

    @Option(names = "--auto-compact", paramLabel = "MULTIPLE",
            description = "Compact the store by itself when its files outgrow this many times their size after the last "
                          + "compaction or at the start; 0 turns it off (default: "
                          + org.alukg.config.Operations.DEFAULT_AUTO_COMPACT_MULTIPLE + ").")
    Integer autoCompact;

    @Option(names = "--publish", paramLabel = "BOOTSTRAP",
            description = "Be the writer of a replicated graph: publish every committed change as one RDF Patch to the "
                          + "Kafka brokers host:port[,host:port…] (see docs/scale-out.md). Writes are refused with 503 "
                          + "while the brokers cannot be reached.")
    String publish;

    @Option(names = "--replica-of", paramLabel = "BOOTSTRAP",
            description = "Be a read-only replica: apply the changes published on the Kafka brokers host:port[,…], in order, "
                          + "from where this store stopped (the curated files are not loaded: the data comes from the writer).")
    String replicaOf;

    @Option(names = "--topic", description = "The Kafka topic of the changes (default: "
                                             + org.alukg.config.ReplicationConfig.DEFAULT_TOPIC + ").")
    String topic;

    @Option(names = "--max-lag", paramLabel = "SECONDS",
            description = "A replica further behind the writer than this answers 503 on /$/ready (default: "
                          + org.alukg.config.ReplicationConfig.DEFAULT_MAX_LAG_SECONDS + " s).")
    Integer maxLag;

    @Override
    public Integer call() throws Exception {
        Settings settings = settings();
        ServerConfig server = settings.server();
        java.util.Optional<ServerBeside> already = store.server();
        if (already.isPresent())
            throw store.heldBy(already.get());
        freePort(server.host(), server.port());
        if (server.writable() && !settings.guards().https() && !org.alukg.server.AlukgServer.isLoopback(server.host()))
            System.err.println("alukg: warning: credentials will travel in clear text on " + server.host()
                               + ": use --https KEYSTORE, or a reverse proxy with TLS");
        Store st = store.open();
        org.alukg.replication.Replication replication = org.alukg.replication.Replication.none();
        try {
            replication = org.alukg.replication.Replication.start(st, settings.replication());
            if (!replication.readOnly()) {
                CuratedLoader.Result r = new CuratedLoader(store.options()).loadIfStale(st, false);
                System.err.println(r.loaded()
                    ? "alukg: loaded " + r.files() + " files (" + r.triples() + " triples) into " + st.description()
                    : "alukg: store is up to date (" + st.description() + ")");
            }
            replication.describe().ifPresent(d -> System.err.println("alukg: " + d));
            org.alukg.replication.Replication started = replication;
            AlukgServer running = AlukgServer.standard(new ModuleContext(
                st, settings, store.options(), Credentials.of(server.user(), server.password()), replication)).start();
            // SIGTERM and Ctrl-C: stop accepting, let what is in flight finish within the grace period, close, exit 0.
            CountDownLatch asked = new CountDownLatch(1);
            for (String signal : new String[] {"TERM", "INT"}) {
                try {
                    sun.misc.Signal.handle(new sun.misc.Signal(signal), sig -> asked.countDown());
                } catch (IllegalArgumentException e) {
                    // the signal was ignored when we started (nohup, a background job): leave it so
                }
            }
            Thread hook = new Thread(() -> stop(running, started, st), "alukg-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            System.out.println("alukg is serving: UI " + running.uiUrl() + "  SPARQL " + running.sparqlUrl()
                               + (server.writable() ? "  (writes open to " + user + ")" : "  (read-only)"));
            System.out.flush();
            asked.await();
            System.err.println("alukg: stopping (at most " + settings.guards().grace().toSeconds() + " s for requests in flight)");
            stop(running, started, st);
            Runtime.getRuntime().removeShutdownHook(hook);
            System.err.println("alukg: stopped");
            return Kind.EXIT_OK;
        } catch (RuntimeException e) {
            replication.close();
            st.close();
            throw e;
        }
    }

    private static synchronized void stop(AlukgServer running, org.alukg.replication.Replication replication, Store st) {
        running.stop();
        replication.close();
        if (st.isOpen())
            st.close();
    }

    /** The defaults, then the settings file, then ALUKG_PORT, then the flags. */
    Settings settings() {
        Settings s = config == null ? Settings.defaults() : SettingsFile.read(config);
        ServerConfig c = s.server();
        String password = null;
        if (user != null) {
            password = System.getenv("ALUKG_PASSWORD");
            if (password == null || password.isEmpty())
                throw new CommandLine.ParameterException(spec.commandLine(),
                                                         "--user needs a password in ALUKG_PASSWORD: " + user);
        }
        int p = port != null ? port : envPort(c.port());
        try {
            c = new ServerConfig(host != null ? host : c.host(), p,
                                 timeoutSeconds != null ? Duration.ofSeconds(timeoutSeconds) : c.queryTimeout(),
                                 base != null ? base : c.base(), user, password,
                                 maxQueries != null ? maxQueries : c.maxConcurrentQueries());
            TraceLimits t = s.trace();
            t = new TraceLimits(maxTraceDepth != null ? maxTraceDepth : t.maxDepth(),
                                maxTraceNodes != null ? maxTraceNodes : t.maxNodes(), t.maxPathLength(), t.maxPaths());
            org.alukg.config.Guards g = s.guards();
            if (maxQueryBytes != null)
                g = g.withMaxQueryBytes(maxQueryBytes);
            if (allowLoad != null)
                g = g.withLoadHosts(allowLoad.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                                             .collect(java.util.stream.Collectors.toSet()));
            if (writeOrigins != null)
                g = g.withWriteOrigins(java.util.Set.copyOf(writeOrigins));
            if (graceSeconds != null)
                g = g.withGrace(Duration.ofSeconds(graceSeconds));
            if (keystore != null) {
                String ksPassword = System.getenv("ALUKG_KEYSTORE_PASSWORD");
                if (ksPassword == null)
                    throw new CommandLine.ParameterException(spec.commandLine(),
                                                             "--https needs the keystore password in ALUKG_KEYSTORE_PASSWORD: " + keystore);
                if (!java.nio.file.Files.isReadable(keystore))
                    throw new CommandLine.ParameterException(spec.commandLine(), "keystore not found: " + keystore);
                g = g.withKeystore(keystore, ksPassword);
            }
            org.alukg.config.Operations o = s.operations();
            if (backups != null)
                o = o.withBackupFolder(backups);
            if (keepBackups != null)
                o = o.withKeepBackups(keepBackups);
            if (autoCompact != null)
                o = o.withAutoCompactMultiple(autoCompact);
            org.alukg.config.ReplicationConfig rc = s.replication();
            if (publish != null && replicaOf != null)
                throw new IllegalArgumentException("a server publishes or is a replica, not both: --publish and --replica-of");
            String name = topic != null ? topic : rc.topic() != null ? rc.topic() : org.alukg.config.ReplicationConfig.DEFAULT_TOPIC;
            if (publish != null)
                rc = rc.withRole(org.alukg.config.ReplicationConfig.Role.WRITER, publish, name);
            else if (replicaOf != null)
                rc = rc.withRole(org.alukg.config.ReplicationConfig.Role.REPLICA, replicaOf, name);
            else if (topic != null && rc.role() != org.alukg.config.ReplicationConfig.Role.NONE)
                rc = rc.withRole(rc.role(), rc.bootstrap(), topic);
            else if (topic != null)
                throw new IllegalArgumentException("--topic needs --publish or --replica-of: " + topic);
            if (maxLag != null)
                rc = rc.withMaxLagSeconds(maxLag);
            if (rc.role() == org.alukg.config.ReplicationConfig.Role.REPLICA && c.writable())
                throw new IllegalArgumentException("a replica is read-only: --user cannot go with --replica-of " + rc.bootstrap());
            return s.withServer(c).withTrace(t).withGuards(g).withOperations(o).withReplication(rc);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int envPort(int fallback) {
        String v = System.getenv(PORT_VARIABLE);
        if (v == null || v.isBlank())
            return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), PORT_VARIABLE + " is not a port number: " + v);
        }
    }

    /** Refuses a port that is taken before anything is loaded, naming the way out. */
    private static void freePort(String host, int port) {
        if (port == 0)
            return;
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new Problem(Kind.CONFLICT, "port " + port + " is taken on " + host
                              + ": choose another with --port or " + PORT_VARIABLE + "=PORT").field("port", "" + port);
        }
    }
}
