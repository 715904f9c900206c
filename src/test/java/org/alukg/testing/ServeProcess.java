package org.alukg.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code alukg serve ARGS} as a process of its own ({@link AlukgProcess}) on a free port, with its address read from
 * its start-up line and its standard error kept in a file: for the tests that kill a server with SIGKILL and start it
 * again on the same store.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("alukg is serving: UI (http://[^/]+)/");
    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> args;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private String url;

    public ServeProcess(Path log, Map<String, String> env, String... args) {
        this.log = log;
        this.env = Map.copyOf(env);
        this.args = List.of(args);
    }

    /** Starts the server; returns once it prints where it serves (throws, naming its log, when it stops first). */
    public ServeProcess start() {
        List<String> command = new ArrayList<>(List.of("serve", "--port", "0"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(AlukgProcess.command(command.toArray(String[]::new)))
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        try {
            process = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String line = first.get(90, TimeUnit.SECONDS);
            Matcher m = line == null ? null : SERVING.matcher(line);
            if (m == null || !m.find())
                throw new IllegalStateException("the server did not start: " + line + "; see " + log);
            url = m.group(1);
            Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "drain-" + process.pid());
            drain.setDaemon(true);
            drain.start();
            return this;
        } catch (Exception e) {
            close();
            throw new IllegalStateException("the server did not start (" + e + "); see " + log, e);
        }
    }

    public String url() { return url; }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() {
        if (process == null)
            return;
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() { kill(); }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                         HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A SPARQL query on {@code /cluster/sparql}, as TSV. */
    public HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return get("/cluster/sparql?query=" + java.net.URLEncoder.encode(sparql, StandardCharsets.UTF_8), "text/tab-separated-values");
    }

    /** A request with HTTP Basic credentials. */
    public HttpResponse<String> send(String method, String path, String user, String password, String type,
                                     HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(10))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .method(method, body);
        if (type != null)
            b.header("Content-Type", type);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
