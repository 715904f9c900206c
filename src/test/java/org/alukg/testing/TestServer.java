package org.alukg.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.server.AlukgServer;
import org.alukg.store.Locations;
import org.alukg.store.Store;

/**
 * A real alukg server for a test, over a store of its own, on a free port of 127.0.0.1, with an HTTP client that
 * follows no redirect. Made by {@link Curated}, which stops it when the test (or the class) is done; closing it
 * earlier is allowed.
 */
public final class TestServer implements AutoCloseable {
    public final Store store;
    public final AlukgServer server;
    /** Closes the store when the server has stopped: a private copy is deleted, a store in place only let go of. */
    private final Runnable release;
    public final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                             .connectTimeout(Duration.ofSeconds(5)).build();
    private boolean closed;

    private TestServer(Store store, Runnable release, AlukgServer server) {
        this.store = store;
        this.release = release;
        this.server = server;
    }

    /** Starts the standard server over {@code copy}, reading queries/ and the JSON-LD context from {@code locations}. */
    static TestServer start(StoreCopy copy, Settings settings, Locations locations) {
        return start(copy.store, copy::close, settings, locations);
    }

    /**
     * Starts the standard server over the TDB2 store in the folder {@code db}, as {@code alukg serve} would, reading
     * queries/ and the JSON-LD context from {@code locations}; when it stops, the store is let go of (for another
     * process to open), not deleted.
     */
    static TestServer inPlace(Path db, Settings settings, Locations locations) {
        Store st = Store.tdb2(db);
        return start(st, st::closeAndRelease, settings, locations);
    }

    private static TestServer start(Store store, Runnable release, Settings settings, Locations locations) {
        ServerConfig config = settings.server();
        ModuleContext context = new ModuleContext(store, settings, locations,
                                                  Credentials.of(config.user(), config.password()));
        try {
            return new TestServer(store, release, AlukgServer.standard(context).start());
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
    }

    /** http://127.0.0.1:PORT */
    public String url() { return server.baseUrl(); }

    /** GET with no header of ours. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** GET with this {@code Accept} header (none when null). */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(accept == null ? request(path).GET() : request(path, "Accept", accept).GET());
    }

    /** GET with headers given as name, value, name, value… */
    public HttpResponse<String> get(String path, String header, String value, String... more) throws IOException, InterruptedException {
        List<String> headers = new ArrayList<>(List.of(header, value));
        headers.addAll(List.of(more));
        return send(request(path, headers.toArray(String[]::new)).GET());
    }

    /** GET of the body as bytes, with headers given as name, value… */
    public HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Runs a SPARQL query on /cluster/sparql with GET. */
    public HttpResponse<String> sparql(String query, String accept) throws IOException, InterruptedException {
        return get("/cluster/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    /** POST of an HTML form's fields, already encoded. */
    public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return send(request(path, "Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A request to this server with headers given as name, value…, for the method and body of the caller's choice. */
    public HttpRequest.Builder request(String path, String... headers) {
        if (headers.length % 2 != 0)
            throw new IllegalArgumentException("headers come as name, value pairs: " + List.of(headers));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        try {
            server.stop();
        } finally {
            release.run();
        }
    }
}
