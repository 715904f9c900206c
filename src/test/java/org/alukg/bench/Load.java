package org.alukg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** The load generator: Java's HTTP client, {@code n} clients asking back to back. */
final class Load {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Load() {}

    static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(TIMEOUT).build();
    }

    /** A SPARQL query as a GET on {@code endpoint}, with extra protocol parameters ({@code &name=value…}) if any. */
    static HttpRequest query(String endpoint, String sparql, String accept, String extra) {
        return get(endpoint + "?query=" + encode(sparql) + extra, accept);
    }

    static HttpRequest post(String url, String type, String body, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return b.build();
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** The body of a request that must answer 2xx; otherwise fails naming the address and the status. */
    static String body(HttpRequest req) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() / 100 != 2)
            throw new IllegalStateException(req.method() + " " + shorten(req.uri()) + " answered " + r.statusCode() + ": "
                                            + r.body().substring(0, Math.min(300, r.body().length())).strip());
        return r.body();
    }

    private static String shorten(URI uri) {
        String s = uri.toString();
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /**
     * Requests per second answered 2xx when {@code clients} ask {@code req} back to back for {@code seconds}, after a
     * warm-up of a fifth of that. Fails when more than 1 % of the answers are not 2xx (e.g. shed with 503).
     */
    static double rate(HttpRequest req, int clients, double seconds) throws Exception {
        return rate(List.of(req), clients, seconds);
    }

    /** The same, each client going round {@code mix} in turn. */
    static double rate(List<HttpRequest> mix, int clients, double seconds) throws Exception {
        run(mix, clients, seconds / 5);
        long t0 = System.nanoTime();
        long[] okAndFailed = run(mix, clients, seconds);
        double elapsed = (System.nanoTime() - t0) / 1e9;   // until the last request begun in time has answered
        if (okAndFailed[1] > okAndFailed[0] / 100)
            throw new IllegalStateException(okAndFailed[1] + " of " + (okAndFailed[0] + okAndFailed[1]) + " answers were not 2xx: "
                                            + shorten(mix.get(0).uri()));
        return okAndFailed[0] / elapsed;
    }

    private static long[] run(List<HttpRequest> mix, int clients, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong ok = new AtomicLong(), failed = new AtomicLong();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            done.add(pool.submit(() -> {
                for (int i = first; System.nanoTime() < end; i++) {
                    int status = HTTP.send(mix.get(i % mix.size()), HttpResponse.BodyHandlers.discarding()).statusCode();
                    (status / 100 == 2 ? ok : failed).incrementAndGet();
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : done)
                f.get();
        } finally {
            pool.shutdownNow();
        }
        return new long[] {ok.get(), failed.get()};
    }

    /**
     * One client asking {@code req} back to back in a thread of its own, keeping when each request started and how
     * long it took: for latencies before, during and after a write.
     */
    static final class Prober implements AutoCloseable {
        private final List<long[]> samples = new ArrayList<>();   // {start nanos, duration nanos}
        private final Thread thread;
        private volatile boolean stop;
        private volatile Exception failure;

        Prober(HttpRequest req) {
            thread = new Thread(() -> {
                while (!stop) {
                    long s = System.nanoTime();
                    try {
                        int status = HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status / 100 != 2)
                            throw new IllegalStateException("the probe answered " + status + ": " + shorten(req.uri()));
                    } catch (Exception e) {
                        failure = e;
                        return;
                    }
                    synchronized (samples) {
                        samples.add(new long[] {s, System.nanoTime() - s});
                    }
                }
            }, "prober");
            thread.setDaemon(true);
            thread.start();
        }

        /** Milliseconds of the requests that started in [from, to) (System.nanoTime()); NaN-free, maybe empty. */
        double[] millis(long from, long to) {
            synchronized (samples) {
                return samples.stream().filter(x -> x[0] >= from && x[0] < to).mapToDouble(x -> x[1] / 1e6).toArray();
            }
        }

        /** Also the requests that started before {@code from} and were still running then. */
        double[] overlapping(long from, long to) {
            synchronized (samples) {
                return samples.stream().filter(x -> x[0] < to && x[0] + x[1] > from).mapToDouble(x -> x[1] / 1e6).toArray();
            }
        }

        @Override
        public void close() {
            stop = true;
            try {
                thread.join(130_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null)
                throw new IllegalStateException(Phase.message(failure), failure);
        }
    }

    static double percentile(double[] values, double p) {
        if (values.length == 0)
            return Double.NaN;
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, Math.max(0, (int) Math.ceil(p / 100 * v.length) - 1))];
    }
}
