package org.alukg.linkeddata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.alukg.config.ServerConfig;
import org.alukg.ingest.CuratedLoader;
import org.alukg.server.AlukgServer;
import org.alukg.http.Credentials;
import org.alukg.config.Settings;
import org.alukg.http.ModuleContext;
import org.alukg.store.Store;
import org.alukg.store.Locations;

/**
 * A real alukg server for the linked-data tests: the small cluster of {@code src/test/resources/linkeddata/} (Alouette
 * with its five owners, Bécancour with two capacity figures that disagree, a supplier, memberships, sources, and
 * an organisation with a hostile label) plus the project's own {@code ontology/context.jsonld}, loaded through
 * the gate into an in-memory TDB2 store, served on a free port.
 */
final class WebFixture implements AutoCloseable {
    final Store store;
    final Locations options;
    final AlukgServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                      .connectTimeout(Duration.ofSeconds(5)).build();

    private WebFixture(Store store, Locations options, AlukgServer server) {
        this.store = store;
        this.options = options;
        this.server = server;
    }

    static WebFixture start(Path home) { return start(home, ServerConfig.defaults().withPort(0)); }

    static WebFixture start(Path home, ServerConfig config) {
        org.alukg.Fixtures.copy(Path.of("src/test/resources/linkeddata"), home);
        try {
            Files.copy(Path.of("ontology", ContextDocument.FILE), home.resolve("ontology").resolve(ContextDocument.FILE),
                       StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locations options = new Locations(null, true, home);
        Store store = Store.inMemory();
        new CuratedLoader(options).loadIfStale(store, false);
        ModuleContext ctx = new ModuleContext(store, Settings.defaults().withServer(config), options, Credentials.of(config.user(), config.password()));
        return new WebFixture(store, options, AlukgServer.standard(ctx).start());
    }

    String url() { return server.baseUrl(); }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return b;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
