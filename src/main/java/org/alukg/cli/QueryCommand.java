package org.alukg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.alukg.config.TraceLimits;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.alukg.query.Catalog;
import org.alukg.query.ParameterBinder;
import org.alukg.query.ResultFormat;
import org.alukg.query.SparqlSyntaxError;
import org.alukg.store.Store;
import org.alukg.trace.TracePathFunction;
import org.alukg.trace.TraceService;
import org.alukg.vocab.Alu;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
         description = {"Run a SPARQL query against the store: through the alukg server that holds it when one runs "
                        + "(on its SPARQL endpoint), else in the store itself. The output is the same either way.",
                        "QUERY is the query text, the path of a .rq file, or the name of a named query of queries/ "
                        + "(see alukg queries), whose parameters are given with --param.",
                        "The formats are those of the query API (format=…): json is a plain array of objects, one per "
                        + "row; sparql-json is the SPARQL results format."})
public final class QueryCommand implements Callable<Integer> {
    /** The format for people, a table in the terminal; the others are those of {@link ResultFormat}. */
    static final String TABLE = "table";

    /** The names --format takes: {@value #TABLE}, then the API's formats. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Stream.of(TABLE), Stream.of(ResultFormat.values()).map(ResultFormat::id)).iterator();
        }
    }

    @Mixin StoreMixin store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "SPARQL text, a .rq file, or a named query (e.g. smelters).")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter of a named query; repeat it for several values (e.g. --param region=region/cote-nord).")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = TABLE, completionCandidates = FormatNames.class,
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                          + "CONSTRUCT and DESCRIBE default to turtle).")
    String format;

    @Override
    public Integer call() throws IOException {
        ResultFormat written = TABLE.equals(format) ? null : ResultFormat.byId(format).orElseThrow(
            () -> Problem.badValue("--format", "must be one of " + String.join(", ", new FormatNames()), format));
        Query q = isName(query) ? named() : parse(queryText());
        Optional<ServerBeside> server = store.server();
        if (server.isPresent()) {
            run(q, written, System.out, remote(server.get()));
            return AlukgCommand.OK;
        }
        try (Store st = store.openLoaded()) {
            TracePathFunction.enable(st.dataset(), new TraceService(st, TraceLimits.defaults(), Alu.BASE));
            run(q, written, System.out, local(st.dataset()));
        }
        return AlukgCommand.OK;
    }

    /** Where a query runs. */
    interface Engine {
        /** Runs {@code q} and hands its execution to {@code use}, closing it after. */
        void execute(Query q, Consumer<QueryExecution> use);

        /** Runs the CONSTRUCT or DESCRIBE {@code q} and writes its graph to {@code out} in {@code format}. */
        default void graph(Query q, ResultFormat format, OutputStream out) {
            execute(q, qe -> format.write(out, q.isConstructType() ? qe.execConstruct() : qe.execDescribe()));
        }
    }

    /** In a read transaction of the store, over the union of its named graphs. */
    static Engine local(DatasetGraph dsg) {
        return (q, use) -> Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                use.accept(qe);
            }
        });
    }

    /**
     * On the SPARQL endpoint of the server that holds the store. Rows come back as SPARQL results and are written
     * here, by the same writers; a graph comes back in the format asked for, written by the server with the same
     * writer from a graph built in the same order. A refusal is the line the endpoint answered with, under its
     * status's kind.
     */
    static Engine remote(ServerBeside server) {
        return new Engine() {
            @Override
            public void execute(Query q, Consumer<QueryExecution> use) {
                try (QueryExecution qe = QueryExecutionHTTP.service(server.url() + Routes.SPARQL).query(q)
                                                           .httpClient(server.http()).build()) {
                    use.accept(qe);
                } catch (QueryExceptionHTTP e) {
                    if (e.getStatusCode() <= 0)
                        throw server.unreachable(e);
                    throw refused(e.getStatusCode(), e.getResponse() == null ? new byte[0]
                                                                             : e.getResponse().getBytes(StandardCharsets.UTF_8));
                } catch (HttpException e) {
                    throw server.unreachable(e);
                }
            }

            @Override
            public void graph(Query q, ResultFormat format, OutputStream out) {
                HttpRequest request = server.request(Routes.SPARQL).header("Accept", format.mediaType())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + Routes.encode(q.serialize()))).build();
                HttpResponse<InputStream> r = server.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = r.body()) {
                    if (r.statusCode() != 200)
                        throw refused(r.statusCode(), body.readAllBytes());
                    body.transferTo(out);
                } catch (IOException e) {
                    throw server.unreachable(e);
                }
            }

            private Problem refused(int status, byte[] body) {
                Problem p = ServerBeside.problem(status, "text/plain", body);
                return status == 400 ? Problem.badRequest("query cannot run: " + p.detail()) : p;
            }
        };
    }

    /** A catalog name: not SPARQL text (no spaces, braces or '?'), not a .rq path. */
    private static boolean isName(String s) {
        return !s.endsWith(".rq") && s.matches("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    }

    /** The named query {@code query} of queries/, checked with the whole catalog, with --param values bound. */
    private Query named() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq < 1)
                throw Problem.badRequest("a --param is NAME=VALUE: " + p).field("--param", p);
            values.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        Catalog catalog = Catalog.read(store.options().queriesDir());
        if (!catalog.has(query))
            throw Problem.notFound("no named query: " + query + " (alukg queries lists them)").field("QUERY", query);
        return ParameterBinder.bind(catalog.get(query), values);
    }

    private String queryText() throws IOException {
        if (!params.isEmpty())
            throw Problem.badRequest("--param is for named queries, not for SPARQL text or .rq files: " + params.get(0))
                         .field("--param", params.get(0));
        if (!query.endsWith(".rq"))
            return query;
        Path p = Path.of(query);
        if (!Files.isRegularFile(p))
            throw Problem.notFound("query file not found: " + query).field("QUERY", query);
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** The query; text that does not parse is refused in one line, with the file (for a .rq), line and column. */
    private Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            SparqlSyntaxError s = SparqlSyntaxError.of(e);
            throw Problem.badRequest("query does not parse: " + (query.endsWith(".rq") ? s.in(query) : s.atPlace()));
        }
    }

    /**
     * Runs {@code q} with {@code engine} and writes the result to {@code out}: as a table for people when
     * {@code format} is null, else in that format of the query API (a format of the wrong shape is refused before the
     * query runs).
     */
    static void run(Query q, ResultFormat format, OutputStream out, Engine engine) {
        String kind = q.isSelectType() ? "a SELECT" : q.isAskType() ? "an ASK"
            : q.isConstructType() ? "a CONSTRUCT" : "a DESCRIBE";
        boolean graph = q.isConstructType() || q.isDescribeType();
        if (format != null && (format.isGraph() != graph || q.isAskType() && format == ResultFormat.JSON))
            throw Problem.badRequest(kind + " query cannot be written as: " + format.id()).field("--format", format.id());
        ResultFormat written = graph && format == null ? ResultFormat.TURTLE : format;
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        try {
            if (graph) {
                engine.graph(q, written, ps);
            } else {
                engine.execute(q, qe -> {
                    if (q.isSelectType() && written == null)
                        ResultSetFormatter.out(ps, qe.execSelect(), q.getPrologue());
                    else if (q.isSelectType())
                        write(written, ps, qe.execSelect());
                    else if (written == null)
                        ps.println(qe.execAsk() ? "yes" : "no");
                    else
                        written.write(ps, qe.execAsk());
                });
            }
        } catch (QueryParseException e) {
            // found as the query runs: an argument a property function such as alu:tracePath refuses
            throw Problem.badRequest("query cannot run: " + SparqlSyntaxError.of(e).message());
        }
        ps.flush();
    }

    private static void write(ResultFormat format, OutputStream out, ResultSet rows) {
        try {
            format.write(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
