package org.alukg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.TraceLimits;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.trace.Direction;
import org.alukg.trace.Include;
import org.alukg.trace.PathRequest;
import org.alukg.trace.TraceFormat;
import org.alukg.trace.TraceRequest;
import org.alukg.trace.TraceResult;
import org.alukg.trace.TraceService;
import org.alukg.trace.TraceWriter;
import org.alukg.vocab.Alu;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "trace", mixinStandardHelpOptions = true,
         description = {"Trace supply links from one or more nodes, tier by tier, with the firms in between; or, with "
                        + "--to, list every simple supply path between two nodes, shortest first.",
                        "Nodes are IRIs or short forms such as site/becancour. An operator and its facility are "
                        + "linked ('operates', no tier), so a trace from either finds the other's links.",
                        "When an alukg server holds the store, the trace is made by that server (through /api/trace "
                        + "and /api/paths, with its caps) and written here the same way.",
                        "Example: alukg trace site/alma --downstream --depth 3 --format svg > alma.svg"})
public final class TraceCommand implements Callable<Integer> {
    /** Output formats: the tiers as text for people, or a format of the trace API. */
    enum Format { text, json, csv, graphml, dot, svg }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin StoreMixin store;

    @Parameters(paramLabel = "NODE", arity = "1..*", description = "Start node(s).")
    List<String> from;

    static final class Way {
        @Option(names = "--downstream", description = "Follow links to customers (the default).") boolean down;
        @Option(names = "--upstream", description = "Follow links to suppliers.") boolean up;
        @Option(names = "--both", description = "Both ways: upstream tiers are negative.") boolean both;
    }

    @ArgGroup(exclusive = true) Way way;

    @Option(names = "--depth", defaultValue = "3", description = "Tiers to follow (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--to", paramLabel = "NODE", description = "List the paths from the (single) start to NODE instead.")
    String to;

    @Option(names = "--max-length", defaultValue = "4",
            description = "With --to: longest path in supply links (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--product", description = "Only links of this product or a narrower one (IRI or product/rod).")
    String product;

    @Option(names = "--as-of", paramLabel = "YEAR", description = "Only links valid in this year.")
    Integer asOf;

    @Option(names = "--include", paramLabel = "KIND",
            description = "Follow these kinds of link too, besides supply: funding (funder to recipient), ownership "
                          + "(owner to what it owns); a comma-separated list or the option repeated.")
    List<String> include;

    @Option(names = "--lang", defaultValue = "en", description = "Labels in en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--no-weak-points", description = "Skip the weak-point analysis of a trace.")
    boolean noWeakPoints;

    @Option(names = "--betweenness", negatable = true,
            description = "Compute the betweenness of the weak points, or with --no-betweenness do not; by default "
                          + "only for a trace of up to " + TraceRequest.BETWEENNESS_UP_TO + " nodes.")
    Boolean betweenness;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-depth", defaultValue = "" + TraceLimits.DEFAULT_MAX_DEPTH,
            description = "Cap on --depth (default: ${DEFAULT-VALUE}; through a server, the server's cap).")
    int maxDepth;

    @Option(names = "--max-nodes", defaultValue = "" + TraceLimits.DEFAULT_MAX_NODES,
            description = "Cap on the nodes of a trace (default: ${DEFAULT-VALUE}; through a server, the server's cap).")
    int maxNodes;

    @Override
    public Integer call() throws IOException {
        if (!"en".equals(lang) && !"fr".equals(lang))
            throw Problem.badValue("--lang", "must be en or fr", lang);
        if (to != null && from.size() != 1)
            throw Problem.badValue("--to", "needs exactly one start node", String.join(" ", from));
        TraceLimits limits = new TraceLimits(maxDepth, maxNodes, TraceLimits.DEFAULT_MAX_PATH_LENGTH,
                                             TraceLimits.DEFAULT_MAX_PATHS);
        Direction direction = way == null || way.down ? Direction.downstream
            : way.up ? Direction.upstream : Direction.both;
        Set<Include> kinds = Include.parse("--include", include);
        TraceRequest trace = new TraceRequest(from, direction, depth, product, asOf, lang, !noWeakPoints, kinds, betweenness);
        PathRequest paths = to == null ? null : new PathRequest(from.get(0), to, maxLength, product, asOf, lang, kinds);
        TraceResult result;
        Optional<ServerBeside> server = store.server();
        if (server.isPresent()) {
            result = remote(server.get(), trace, paths);
        } else {
            try (Store st = store.openLoaded()) {
                TraceService service = new TraceService(st, limits, Alu.BASE);
                result = paths == null ? service.trace(trace) : service.paths(paths);
            }
        }
        OutputStream out = new BufferedOutputStream(System.out);
        if (format == Format.text)
            text(result, out);
        else
            TraceWriter.write(result, TraceFormat.valueOf(format.name()), out);
        out.flush();
        return AlukgCommand.OK;
    }

    /**
     * The same trace or path search from the API of the server that holds the store, as JSON, read back into the
     * result that is then written here (so every format is written by the same code as without a server). The
     * server's caps apply, not --max-depth and --max-nodes.
     */
    private static TraceResult remote(ServerBeside server, TraceRequest trace, PathRequest paths) throws IOException {
        StringBuilder q = new StringBuilder();
        if (paths == null) {
            trace.from().forEach(f -> param(q, "from", f));
            param(q, "direction", trace.direction().name());
            param(q, "depth", trace.depth());
            param(q, "weakPoints", trace.weakPoints());
            param(q, "betweenness", trace.betweenness());
        } else {
            param(q, "from", paths.from());
            param(q, "to", paths.to());
            param(q, "maxLength", paths.maxLength());
        }
        param(q, "product", trace.product());
        param(q, "asOf", trace.asOf());
        param(q, "lang", trace.lang());
        if (!trace.include().isEmpty())
            param(q, "include", String.join(",", trace.include().stream().map(Include::name).sorted().toList()));
        param(q, "format", TraceFormat.json.name());
        byte[] json = server.call(server.request((paths == null ? Routes.TRACE : Routes.PATHS) + "?" + q).GET().build());
        return JSON.readValue(json, TraceResult.class);
    }

    private static void param(StringBuilder q, String name, Object value) {
        if (value == null)
            return;
        if (q.length() > 0)
            q.append('&');
        q.append(name).append('=').append(Routes.encode(value.toString()));
    }

    /** The tiers, one line per node, then the paths and cycles, for reading in a terminal. */
    private static void text(TraceResult r, OutputStream out) {
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        Map<String, String> labels = new java.util.HashMap<>();
        r.nodes().forEach(n -> labels.put(n.id(), n.label()));
        if (r.paths() == null) {
            for (Map.Entry<Integer, List<String>> t : r.tiers().entrySet()) {
                ps.println("tier " + t.getKey() + ":");
                for (String id : t.getValue())
                    ps.println("  " + labels.get(id) + "  <" + id + ">");
            }
        } else {
            int i = 1;
            for (TraceResult.FoundPath p : r.paths())
                ps.println("path " + i++ + " (" + p.length() + "): "
                           + String.join(" -> ", p.nodes().stream().map(labels::get).toList()));
            if (r.paths().isEmpty())
                ps.println("no path");
        }
        for (List<String> c : r.cycles())
            ps.println("cycle: " + String.join(" -> ", c.stream().map(labels::get).toList()) + " -> "
                       + labels.get(c.get(0)));
        ps.flush();
    }
}
