package org.alukg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.alukg.store.Locations;

/**
 * A real alukg server for tests: the project's own ontology/ and data/ in an in-memory TDB2 store, served by
 * Fuseki on a free port of 127.0.0.1. Close it when done.
 */
public final class TestServer implements AutoCloseable {
    public final Store store;
    public final AlukgServer server;
    public final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                             .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Store store, AlukgServer server) {
        this.store = store;
        this.server = server;
    }

    /** The project's curated content, read-only server. */
    public static TestServer start() { return start(ServerConfig.defaults().withPort(0)); }

    /** The project's curated content with the given settings (use port 0). */
    public static TestServer start(ServerConfig config) {
        Locations options = projectContent();
        Store store = Store.inMemory();
        new CuratedLoader(options).loadIfStale(store, false);
        ModuleContext ctx = new ModuleContext(store, Settings.defaults().withServer(config), options, Credentials.of(config.user(), config.password()));
        return new TestServer(store, AlukgServer.standard(ctx).start());
    }

    /** The project folder itself: ontology/, data/ and queries/ as committed. */
    public static Locations projectContent() {
        return new Locations(null, true, Path.of("").toAbsolutePath());
    }

    /** http://127.0.0.1:PORT */
    public String url() { return server.baseUrl(); }

    public HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + pathAndQuery)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Runs a SPARQL query on /cluster/sparql with GET. */
    public HttpResponse<String> sparql(String query, String accept) throws IOException, InterruptedException {
        return get("/cluster/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
