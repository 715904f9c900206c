package org.alukg.server;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.alukg.config.ServerConfig;
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
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The alukg server: one embedded Fuseki Main carrying the dataset {@code /cluster}, the Fuseki UI and the
 * features of alukg. Build it, then {@link #start()}; nothing binds a port before that.
 */
public final class AlukgServer {
    private final ServerContext context;
    private final List<ServerFeature> features;
    private FusekiServer fuseki;

    private AlukgServer(ServerContext context, List<ServerFeature> features) {
        this.context = context;
        this.features = features;
    }

    /** The server with the standard features of alukg. */
    public static AlukgServer standard(ServerContext context) {
        List<ServerFeature> features = new ArrayList<>();
        // One line per feature; a feature that needs the whole list (the OpenAPI document) receives it.
        features.add(new org.alukg.web.LinkedDataFeature());
        features.add(new org.alukg.trace.TraceFeature());
        features.add(new org.alukg.ingest.ImportsFeature());
        features.add(new org.alukg.query.QueryApiFeature(() -> features));
        return new AlukgServer(context, features);
    }

    /** Builds and starts; returns this with the real port known. */
    public AlukgServer start() {
        fuseki = build();
        bindHost(fuseki, context.config().host());
        fuseki.start();
        features.forEach(f -> f.started(fuseki.getHttpPort()));
        return this;
    }

    public int port() { return fuseki.getHttpPort(); }

    /** The features this server carries, in order. */
    public List<ServerFeature> features() { return features; }

    /** The address people use: http://host:port */
    public String baseUrl() {
        String host = context.config().host();
        if (host.equals("0.0.0.0") || host.equals("::"))
            host = "127.0.0.1";
        if (host.contains(":"))
            host = "[" + host + "]";
        return "http://" + host + ":" + port();
    }

    public String sparqlUrl() { return baseUrl() + "/" + ServerConfig.DATASET + "/sparql"; }

    public String uiUrl() { return baseUrl() + "/#/dataset/" + ServerConfig.DATASET + "/query"; }

    public void stop() {
        if (fuseki != null)
            fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    private FusekiServer build() {
        ServerConfig config = context.config();
        DatasetGraph dsg = context.store().dataset();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);

        String ds = "/" + ServerConfig.DATASET;
        FusekiServer.Builder b = FusekiServer.create()
            .port(config.port())
            .loopback(isLoopback(config.host()))
            .enablePing(true)
            .enableStats(true)
            .enableMetrics(true)
            .enableCors(true, null)
            .add(ds, dataService(dsg, config.writable()));

        uiLocation().ifPresent(ui -> b.staticFileBase(ui)
            .addServlet("/$/server", new ActionServerStatus())
            .addServlet("/$/validate/query", new QueryValidator())
            .addServlet("/$/validate/update", new UpdateValidator())
            .addServlet("/$/validate/iri", new IRIValidator())
            .addServlet("/$/validate/langtag", new LangTagValidator())
            .addServlet("/$/validate/data", new DataValidator()));

        ServiceDescription sd = new ServiceDescription(context.store());
        b.addFilter(ds + "/sparql", new ProbeFilter(sd));
        b.addFilter(ds + "/query", new ProbeFilter(sd));
        WriteGuardFilter guard = new WriteGuardFilter(context.credentials());
        b.addFilter(ds, guard);
        b.addFilter(ds + "/*", guard);
        ConcurrencyFilter cap = new ConcurrencyFilter(config.maxConcurrentQueries());
        b.addFilter(ds + "/*", cap);
        b.addFilter("/api/*", cap);

        features.forEach(f -> f.addTo(b, context));
        return b.build();
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

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** Fuseki binds either loopback or every interface; any other host is set on the connector itself. */
    private static void bindHost(FusekiServer server, String host) {
        if (isLoopback(host) || host.equals("0.0.0.0"))
            return;
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
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
