package org.alukg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.http.Routes;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.server.ServerFile;

/**
 * The alukg server that holds a store, found by the {@link ServerFile} in the store's folder: its process runs and it
 * answers {@code GET /$/ping}. The commands send it their work over HTTP; an answer that refuses is turned back into
 * the {@link Problem} it was on the server, so the command prints the same line and exits with the same code as when
 * it opens the store itself. Writes carry HTTP Basic credentials: the user from {@value #USER} or the server file, the
 * password from {@value #PASSWORD}.
 */
final class ServerBeside {
    static final String USER = "ALUKG_USER", PASSWORD = "ALUKG_PASSWORD";
    private static final Duration PING = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerFile file;
    private final HttpClient http;
    private final Environment environment;

    private ServerBeside(ServerFile file, HttpClient http, Environment environment) {
        this.file = file;
        this.http = http;
        this.environment = environment;
    }

    /** The server that holds the store in {@code storeDir}, if one runs and answers there. */
    static Optional<ServerBeside> find(Path storeDir, Environment environment) {
        Optional<ServerFile> f = ServerFile.read(storeDir);
        if (f.isEmpty() || !f.get().processAlive())
            return Optional.empty();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(PING).build();
        try {
            HttpResponse<Void> ping = http.send(HttpRequest.newBuilder(URI.create(f.get().url() + Routes.PING)).timeout(PING).GET()
                                                           .build(), HttpResponse.BodyHandlers.discarding());
            return ping.statusCode() == 200 ? Optional.of(new ServerBeside(f.get(), http, environment)) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** http://host:port */
    String url() { return file.url(); }

    long pid() { return file.pid(); }

    HttpClient http() { return http; }

    /** A request to {@code pathAndQuery} on the server. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(url() + pathAndQuery));
    }

    /**
     * A request that writes, with the credentials: refused here, before anything is sent, when the server is read-only
     * or no password is set.
     */
    HttpRequest.Builder write(String pathAndQuery) {
        if (!file.writable())
            throw new Problem(Kind.FORBIDDEN, "writes are off: the alukg server at " + url() + " holds the store read-only "
                              + "(started without --user): restart it with --user, or stop it to write to the store directly");
        String user = environment.get(USER);
        if (user == null || user.isEmpty())
            user = file.user();
        String password = environment.get(PASSWORD);
        if (password == null || password.isEmpty())
            throw new Problem(Kind.UNAUTHORIZED, "credentials required to write through the alukg server at " + url()
                              + ": set " + PASSWORD + " to the password of its user " + user);
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request(pathAndQuery).header("Authorization", "Basic " + basic);
    }

    /** Sends {@code request}; a failure to reach the server is a 503 naming it. */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(e);
        }
    }

    /** Sends {@code request}: the body of a 2xx answer, else the problem the answer describes, thrown. */
    byte[] call(HttpRequest request) {
        HttpResponse<byte[]> r = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() / 100 != 2)
            throw problem(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        return r.body();
    }

    /** The server stopped answering, or never did: a 503 with the address and the cause. */
    Problem unreachable(Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Problem(Kind.UNAVAILABLE, "the alukg server at " + url() + " does not answer: " + why, e);
    }

    /**
     * The problem an answer describes: a problem document's detail and listed problems with the kind of its status;
     * any other body's first line (its last under a heading such as "Query parse error:").
     */
    static Problem problem(int status, String contentType, byte[] body) {
        Kind kind = Kind.ofStatus(status);
        if (contentType.startsWith("application/problem+json")) {
            try {
                JsonNode doc = JSON.readTree(body);
                Problem p = new Problem(kind, doc.path("detail").asText(kind.title()));
                if (doc.path("problems").isArray()) {
                    List<String> lines = new ArrayList<>();
                    doc.path("problems").forEach(n -> lines.add(n.asText()));
                    p.with("problems", lines);
                }
                return p;
            } catch (IOException e) {
                // not a readable problem document after all: its text below
            }
        }
        List<String> lines = new String(body, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
                                                                        .toList();
        if (lines.isEmpty())
            return new Problem(kind, kind.title() + ": HTTP " + status);
        // Fuseki heads its message with a line of its own ("Query parse error:") and the query: the message is last
        boolean heading = lines.size() > 1 && lines.get(0).endsWith(":");
        return new Problem(kind, lines.get(heading ? lines.size() - 1 : 0));
    }
}
