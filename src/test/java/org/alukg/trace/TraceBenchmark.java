package org.alukg.trace;

import org.alukg.config.TraceLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * The tracing benchmark: builds (once) a TDB2 store holding the {@link SyntheticCluster SYNTHETIC} network, then,
 * for depths 1 to 6, times the trace service (nodes, tiers, edges with their details; no weak points) against the
 * standard SPARQL 1.1 property-path query that returns only the end nodes, on the same store and the same start
 * nodes: downstream from raw-material firms (layer 0), upstream from end customers (layer 5), so that a depth-5 trace
 * spans the whole chain. Prints a Markdown table.
 * <pre>
 *   java -cp … org.alukg.trace.TraceBenchmark [firms=100000] [starts=25] [db=target/trace-bench/tdb2-FIRMS]
 * </pre>
 */
public final class TraceBenchmark {
    private TraceBenchmark() {}

    /**
     * The SPARQL 1.1 query for the end nodes 1 to {@code depth} supply links from {@code ?start}:
     * {@code p/p?/p?…} (ARQ's {@code p{1,n}} is not standard SPARQL).
     */
    public static String propertyPathQuery(Direction d, int depth) {
        String step = (d == Direction.upstream ? "^" : "") + "<" + Alu.suppliesTo.getURI() + ">";
        StringBuilder path = new StringBuilder(step);
        for (int i = 1; i < depth; i++)
            path.append("/").append(step).append("?");
        return "SELECT DISTINCT ?end WHERE { ?start " + path + " ?end }";
    }

    public static void main(String[] args) throws Exception {
        int firms = arg(args, "firms", 100_000), starts = arg(args, "starts", 25);
        Path db = Path.of(args.length > 0 && Arrays.stream(args).anyMatch(a -> a.startsWith("db="))
            ? Arrays.stream(args).filter(a -> a.startsWith("db=")).findFirst().orElseThrow().substring(3)
            : "target/trace-bench/tdb2-" + firms);
        SyntheticCluster cluster = new SyntheticCluster(firms, 42);
        boolean fresh = !Files.exists(db.resolve("tdb.lock")) && !Files.isDirectory(db.resolve("Data-0001"));
        try (Store store = Store.tdb2(db)) {
            if (fresh) {
                long t0 = System.nanoTime();
                DataLoader loader = LoaderFactory.createLoader(store.dataset(), (fmt, a) -> { });
                loader.startBulk();
                long links = cluster.writeTo(loader.stream());
                loader.finishBulk();
                System.out.printf(Locale.ROOT, "generated and loaded %,d firms, %,d supply links, %,d quads in %.1f s%n",
                                  firms, links, loader.countQuads(), (System.nanoTime() - t0) / 1e9);
            }
            store.dataset().getContext().set(ARQ.queryTimeout, "60000");
            TraceService service = new TraceService(store, new TraceLimits(6, Integer.MAX_VALUE, 6, 1000), Alu.BASE);
            long t0 = System.nanoTime();
            SupplyNetwork g = service.network();
            System.out.printf(Locale.ROOT, "supply snapshot: %,d nodes, %,d edges, read in %.1f s (once per store version)%n",
                              g.size(), g.edgeCount(), (System.nanoTime() - t0) / 1e9);

            SplittableRandom rnd = new SplittableRandom(1);
            System.out.println();
            System.out.println("| direction | depth | nodes (median / max) | trace median ms | trace p90 ms | property path median ms | ratio |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Direction d : new Direction[] {Direction.downstream, Direction.upstream}) {
                int[] from = cluster.layer(d == Direction.downstream ? 0 : 5);
                List<Node> nodes = new ArrayList<>();
                for (int i = 0; i < starts; i++)
                    nodes.add(SyntheticCluster.firm(from[rnd.nextInt(from.length)]));
                for (int depth = 1; depth <= 6; depth++) {
                    int dep = depth;
                    double[] size = new double[nodes.size()];
                    for (int i = 0; i < nodes.size(); i++)   // warm-up, and the result sizes
                        size[i] = trace(service, nodes.get(i), d, dep).nodes().size();
                    double[] traceMs = new double[nodes.size() * 3];
                    for (int rep = 0; rep < 3; rep++)
                        for (int i = 0; i < nodes.size(); i++) {
                            long s = System.nanoTime();
                            trace(service, nodes.get(i), d, dep);
                            traceMs[rep * nodes.size() + i] = (System.nanoTime() - s) / 1e6;
                        }
                    String q = propertyPathQuery(d, dep);
                    Node first = nodes.get(0);
                    Txn.executeRead(store.dataset(), () -> ends(store, q, first));   // warm-up
                    double[] ppMs = new double[nodes.size()];
                    for (int i = 0; i < nodes.size(); i++) {
                        Node n = nodes.get(i);
                        long s = System.nanoTime();
                        Txn.executeRead(store.dataset(), () -> ends(store, q, n));
                        ppMs[i] = (System.nanoTime() - s) / 1e6;
                    }
                    double tm = percentile(traceMs, 50), pm = percentile(ppMs, 50);
                    System.out.printf(Locale.ROOT, "| %s | %d | %.0f / %.0f | %.2f | %.2f | %.2f | %.1f× |%n", d, dep,
                                      percentile(size, 50), percentile(size, 100), tm, percentile(traceMs, 90), pm,
                                      pm / tm);
                }
            }
            double[] weak = new double[starts];
            int[] smelters = cluster.layer(0);
            for (int i = 0; i < starts; i++) {
                Node n = SyntheticCluster.firm(smelters[rnd.nextInt(smelters.length)]);
                long s = System.nanoTime();
                service.trace(new TraceRequest(List.of(n.getURI()), Direction.downstream, 5, null, null, "en", true));
                weak[i] = (System.nanoTime() - s) / 1e6;
            }
            System.out.printf(Locale.ROOT, "%ndownstream depth 5 with weak points (single suppliers, articulation points, "
                              + "betweenness): median %.1f ms, p90 %.1f ms%n", percentile(weak, 50), percentile(weak, 90));
        }
    }

    private static TraceResult trace(TraceService service, Node start, Direction d, int depth) {
        return service.trace(new TraceRequest(List.of(start.getURI()), d, depth, null, null, "en", false));
    }

    private static int ends(Store store, String query, Node start) {
        int n = 0;
        try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).substitution("start", start).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
        }
        return n;
    }

    private static double percentile(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    private static int arg(String[] args, String name, int fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).findFirst()
                     .map(a -> Integer.parseInt(a.substring(name.length() + 1))).orElse(fallback);
    }
}
