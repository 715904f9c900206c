package org.alukg.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.alukg.config.ServerConfig;
import org.alukg.server.AlukgServer;
import org.alukg.http.Credentials;
import org.alukg.config.Settings;
import org.alukg.http.ModuleContext;
import org.alukg.store.Store;
import org.alukg.store.Locations;

/** A real alukg server on a free port over {@link Content}: a copy of the curated data and queries/. */
final class ApiServer implements AutoCloseable {
    final Store store;
    final AlukgServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiServer(Store store, AlukgServer server) {
        this.store = store;
        this.server = server;
    }

    static ApiServer start(Path temp) {
        return start(Content.home(temp));
    }

    static ApiServer start(Locations options) {
        Store store = Content.loaded(options);
        try {
            ModuleContext ctx = new ModuleContext(store, Settings.defaults().withServer(ServerConfig.defaults().withPort(0)), options,
                                                  Credentials.of(null, null));
            return new ApiServer(store, AlukgServer.standard(ctx).start());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    String url() { return server.baseUrl(); }

    HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + pathAndQuery)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url() + path))
                             .header("Content-Type", "application/x-www-form-urlencoded")
                             .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                         HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
