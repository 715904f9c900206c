package org.alukg.http;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.metrics.MetricsProvider;

/**
 * What alukg adds to {@code /$/metrics} (Prometheus), in the registry Fuseki scrapes there: per route (a name from
 * {@link Routes#family}), request counts by status class and latency histograms; requests shed by a cap; query
 * timeouts; imports by result with their bytes, triples and seconds. The store's size on disk and data version are
 * gauges the server registers at start. Without a registry (a servlet outside a server) nothing is recorded.
 */
public final class Metrics {
    private static final MeterRegistry NONE = new SimpleMeterRegistry();

    private Metrics() {}

    /** The registry of the server answering {@code req}. */
    public static MeterRegistry registry(HttpServletRequest req) { return registry(req.getServletContext()); }

    public static MeterRegistry registry(ServletContext context) {
        MetricsProvider p = context == null ? null : MetricsProvider.getMetricsProvider(context);
        return p == null ? NONE : p.getMeterRegistry();
    }

    /** Registers the counters at zero, so that a dashboard shows them before the first event. */
    public static void atZero(MeterRegistry r) {
        for (String cap : new String[] {"queries", "pages"})
            shedCounter(cap).register(r);
        timeouts().register(r);
        for (String result : new String[] {"imported", "replaced", "unchanged", "refused"})
            imports(result).register(r);
    }

    private static Counter.Builder shedCounter(String cap) {
        return Counter.builder("alukg.requests.shed").description("Requests refused with 503 by a cap on work at once")
                      .tag("cap", cap);
    }

    private static Counter.Builder timeouts() {
        return Counter.builder("alukg.query.timeouts").description("Queries cancelled by the query timeout");
    }

    private static Counter.Builder imports(String result) {
        return Counter.builder("alukg.imports").description("Imports through the API, by result").tag("result", result);
    }

    /**
     * A request being answered, until {@code stop()}: {@code alukg_http_requests_active_seconds_count} is how
     * many are in flight, {@code _max} how long the oldest has run.
     */
    static LongTaskTimer.Sample active(HttpServletRequest req) {
        return LongTaskTimer.builder("alukg.http.requests.active").description("Requests being answered now")
                            .register(registry(req)).start();
    }

    /** One answered request: its route, status class (2xx …) and time. */
    static void request(HttpServletRequest req, int status, long nanos) {
        Timer.builder("alukg.http.requests").description("Requests answered, by route and status class")
             .tag("route", Routes.family(req.getRequestURI())).tag("status", status / 100 + "xx")
             .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(60))
             .register(registry(req)).record(Duration.ofNanos(nanos));
    }

    /** A request refused at once by the cap on work at once ({@code queries} or {@code pages}). */
    public static void shed(HttpServletRequest req, String cap) {
        shedCounter(cap).register(registry(req)).increment();
    }

    /** A query cancelled by the query timeout. */
    public static void queryTimeout(HttpServletRequest req) {
        timeouts().register(registry(req)).increment();
    }

    /** One import through the API: its result (imported, replaced, unchanged, refused) and size. */
    public static void imported(HttpServletRequest req, String result, long bytes, long triples, long millis) {
        MeterRegistry r = registry(req);
        imports(result).register(r).increment();
        if (bytes >= 0)
            DistributionSummary.builder("alukg.import.bytes").baseUnit("bytes").description("Bytes of each import")
                               .register(r).record(bytes);
        DistributionSummary.builder("alukg.import.triples").description("Triples written by each import")
                           .register(r).record(triples);
        Timer.builder("alukg.import.duration").description("Time of each import").register(r)
             .record(Duration.ofMillis(millis));
    }
}
