package org.alukg.server;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.alukg.config.ServerConfig;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.RequestPipeline;
import org.alukg.http.Routes;
import org.alukg.ingest.ImportsModule;
import org.alukg.linkeddata.LinkedDataModule;
import org.alukg.ops.OperationsModule;
import org.alukg.query.QueryApiModule;
import org.alukg.search.SearchModule;
import org.alukg.trace.TraceModule;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import java.net.http.HttpClient;
import java.time.Duration;

import org.alukg.config.Guards;
import org.apache.jena.http.HttpEnv;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alukg server: one embedded Fuseki Main carrying the dataset {@code /cluster}, the Fuseki UI and the
 * features of alukg. Build it, then {@link #start()}; nothing binds a port before that.
 */
public final class AlukgServer {
    private static final Logger LOG = LoggerFactory.getLogger("alukg.server");
    private final ModuleContext context;
    private final List<AlukgModule> modules;
    private FusekiServer fuseki;
    /** What this server wrote beside its store for the command line to find; null for a store in memory. */
    private ServerFile written;

    private AlukgServer(ModuleContext context, List<AlukgModule> modules) {
        this.context = context;
        this.modules = List.copyOf(modules);
    }

    /** The server with the modules of alukg: the one place where they are listed, in order. */
    public static AlukgServer standard(ModuleContext context) {
        return new AlukgServer(context, List.of(
            new LinkedDataModule(context),
            new QueryApiModule(context),
            new TraceModule(context),
            new ImportsModule(context),
            new AuditModule(context),
            new OperationsModule(context),
            new SearchModule(context),
            new org.alukg.replication.ReplicationModule(context),
            new org.alukg.geo.GeoModule(context)));
    }

    /** A server with the standard modules and more (for tests that need a module of their own). */
    static AlukgServer withExtra(ModuleContext context, List<AlukgModule> extra) {
        List<AlukgModule> all = new java.util.ArrayList<>(standard(context).modules);
        all.addAll(extra);
        return new AlukgServer(context, all);
    }

    /**
     * Builds and starts; returns this with the real port known. A server over a store on disk then writes where it
     * listens into the store's folder ({@link ServerFile}), for the command line to find.
     */
    public AlukgServer start() {
        fuseki = build();
        fuseki.start();
        Path dir = context.store().location();
        if (dir != null) {
            ServerFile f = new ServerFile(baseUrl(), ProcessHandle.current().pid(), config().writable(), config().user(),
                                          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                                          dir.toAbsolutePath().normalize().toString());
            try {
                f.write(dir);
                written = f;
            } catch (IOException e) {
                LOG.warn("cannot write {}: {} (the command line will not find this server)", ServerFile.of(dir), e.getMessage());
            }
        }
        return this;
    }

    private ServerConfig config() { return context.settings().server(); }

    /** The port the server listens on (with --https, that of the TLS connector that replaced the plain one). */
    public int port() {
        for (org.eclipse.jetty.server.Connector c : fuseki.getJettyServer().getConnectors())
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc && sc.getLocalPort() > 0)
                return sc.getLocalPort();
        return fuseki.getHttpPort();
    }

    /** True for a loopback interface (127.0.0.1, ::1, localhost). */
    public static boolean isLoopback(String host) { return Connectors.isLoopback(host); }

    /** The modules this server carries, in order. */
    public List<AlukgModule> modules() { return modules; }

    /** The address people use: http://host:port */
    public String baseUrl() {
        String host = config().host();
        if (host.equals("0.0.0.0") || host.equals("::"))
            host = "127.0.0.1";
        if (host.contains(":"))
            host = "[" + host + "]";
        return (context.settings().guards().https() ? "https://" : "http://") + host + ":" + port();
    }

    public String sparqlUrl() { return baseUrl() + Routes.SPARQL; }

    public String uiUrl() { return baseUrl() + Routes.UI_QUERY; }

    /** Stops, and removes the file that says where it listened. */
    public void stop() {
        if (fuseki != null)
            fuseki.stop();
        if (written != null) {
            Path dir = context.store().location();
            try {
                written.removeFrom(dir);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", ServerFile.of(dir), e.getMessage());
            }
            written = null;
        }
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    /** The store's size on disk and its data version, read at each scrape of /$/metrics. */
    private static void storeGauges(io.micrometer.core.instrument.MeterRegistry registry, org.alukg.store.Store store) {
        org.alukg.http.Metrics.atZero(registry);
        io.micrometer.core.instrument.Gauge.builder("alukg.store.size", store, AlukgServer::sizeOrZero)
            .baseUnit("bytes").description("Bytes the store takes on disk").register(registry);
        io.micrometer.core.instrument.Gauge.builder("alukg.data.version", store, s -> s.isOpen() ? s.version().version() : 0)
            .description("Committed writes within the store's generation").register(registry);
        io.micrometer.core.instrument.Gauge.builder("alukg.data.generation", store, s -> s.isOpen() ? s.version().generation() : 0)
            .description("The store's generation (changes when it is compacted or replaced)").register(registry);
    }

    private static double sizeOrZero(org.alukg.store.Store s) {
        try {
            return s.isOpen() ? s.sizeOnDisk() : 0;
        } catch (java.io.UncheckedIOException e) {
            return 0; // a file removed while it was measured (a compaction); the next scrape sees the new size
        }
    }

    private FusekiServer build() {
        ServerConfig config = config();
        Guards guards = context.settings().guards();
        // Writes through the server are counted for the audit log: a store that does not publish its changes is wrapped
        // only for that (one that publishes is wrapped already).
        if (!(context.store().dataset() instanceof org.alukg.replication.CapturingDataset))
            context.store().wrap(org.alukg.replication.CapturingDataset::countingOnly);
        DatasetGraph dsg = context.store().dataset();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // LOAD reads with Jena's HTTP client: it follows no redirect, so an allowed host cannot send it elsewhere.
        HttpEnv.setDftHttpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                           .connectTimeout(Duration.ofSeconds(10)).build());

        String ds = Routes.DATASET_PATH;
        int maxPages = Math.max(8, config.maxConcurrentQueries());
        int threads = LoadShedding.workerThreads(config.maxConcurrentQueries(), maxPages);
        FusekiServer.Builder b = FusekiServer.create()
            .port(config.port())
            .loopback(Connectors.isLoopback(config.host()))
            .numServerThreads(Math.min(8, threads), threads)
            .enablePing(true)
            .enableStats(true)
            .enableMetrics(true)
            .enableCors(false, null)
            .add(ds, dataService(dsg, config.writable()));

        uiLocation().ifPresent(ui -> b.staticFileBase(ui)
            .addServlet("/$/server", new ActionServerStatus())
            .addServlet("/$/validate/query", new QueryValidator())
            .addServlet("/$/validate/update", new UpdateValidator())
            .addServlet("/$/validate/iri", new IRIValidator())
            .addServlet("/$/validate/langtag", new LangTagValidator())
            .addServlet("/$/validate/data", new DataValidator()));

        // First of all, on every path: the request id, the one error mapper and the access log; then what every
        // request must be, cross-origin rules, and the caps on work at once.
        b.addFilter("/*", new RequestPipeline());
        b.addFilter("/*", new MethodPolicy(guards.maxParameters()));
        b.addFilter("/*", new CorsPolicy(guards.writeOrigins()));
        b.addFilter("/*", new LoadShedding(config.maxConcurrentQueries(), maxPages));
        UiShell ui = new UiShell(config.writable(), context.base());
        b.addFilter("/", ui);
        b.addFilter("/index.html", ui);
        b.addFilter(Routes.UI_STYLE, ui);
        b.addFilter(Routes.UI_SCRIPT, ui);

        ServiceDescription sd = new ServiceDescription(context.store());
        b.addFilter(ds + "/sparql", new ProbeFilter(sd));
        b.addFilter(ds + "/query", new ProbeFilter(sd));
        DatasetGuard guard = DatasetGuard.ofDataset(context.credentials(), context.store(), new UpdatePolicy(guards.loadHosts()),
                                                    guards.maxQueryBytes());
        b.addFilter(Routes.ADMIN + "validate/*", DatasetGuard.ofValidators(guards.maxQueryBytes()));
        b.addFilter(ds, guard);
        b.addFilter(ds + "/*", guard);

        OpenApiDocument api = OpenApiDocument.of(modules);
        b.addServlet(Routes.OPENAPI, new OpenApiServlet(() -> api))
         .addServlet(Routes.API, new ApiPageServlet(() -> api));
        b.addServlet(Routes.READY, new ReadyServlet(context.store(), modules));
        b.fusekiModules(FusekiModules.create(modules.stream().map(m -> (FusekiModule) m).toList()));
        FusekiServer server = b.build();
        storeGauges(org.alukg.http.Metrics.registry(server.getServletContext()), context.store());
        new org.alukg.http.AuditLog(org.alukg.http.AuditLog.besideStore(context.store().location()))
            .install(server.getServletContext());
        Connectors.configure(server.getJettyServer(), config.host(), guards);
        Server jetty = server.getJettyServer();
        jetty.setErrorHandler(new JettyErrors());
        jetty.setStopTimeout(guards.grace().toMillis());
        GzipHandler gzip = new GzipHandler();
        gzip.setHandler(jetty.getHandler());
        GracefulHandler graceful = new GracefulHandler();
        graceful.setHandler(gzip);
        jetty.setHandler(graceful);
        return server;
    }

    /** Query and GSP read always; update and GSP write only when credentials are configured. */
    private static DataService dataService(DatasetGraph dsg, boolean writable) {
        DataService.Builder s = DataService.newBuilder(dsg)
            .addEndpoint(Operation.Query)
            .addEndpoint(Operation.GSP_R)
            .addEndpoint(Operation.Query, "sparql")
            .addEndpoint(Operation.Query, "query")
            .addEndpoint(Operation.GSP_R, "get");
        if (writable) {
            s.addEndpoint(Operation.Update)
             .addEndpoint(Operation.GSP_RW)
             .addEndpoint(Operation.Update, "update")
             .addEndpoint(Operation.GSP_RW, "data");
        }
        return s.build();
    }

    /** Where the Fuseki UI files are: the {@code webapp} folder of the jena-fuseki-ui jar on the classpath. */
    private static java.util.Optional<String> uiLocation() {
        URL index = AlukgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null)
            return java.util.Optional.empty();
        String s = index.toString();
        return java.util.Optional.of(s.substring(0, s.length() - "index.html".length()));
    }
}
