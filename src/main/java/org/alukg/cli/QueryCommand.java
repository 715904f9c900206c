package org.alukg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.alukg.config.TraceLimits;
import org.alukg.query.Catalog;
import org.alukg.query.CatalogException;
import org.alukg.query.QueryException;
import org.alukg.store.Store;
import org.alukg.trace.TracePathFunction;
import org.alukg.trace.TraceService;
import org.alukg.vocab.Alu;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
         description = {"Run a SPARQL query against the store, without a server.",
                        "QUERY is the query text, the path of a .rq file, or the name of a named query of queries/ "
                        + "(see alukg queries), whose parameters are given with --param."})
public final class QueryCommand implements Callable<Integer> {
    /** Output formats; SELECT and ASK use the first five, CONSTRUCT and DESCRIBE the RDF ones. */
    enum Format { table, csv, tsv, json, xml, turtle, ntriples, jsonld }

    @Mixin StoreMixin store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "SPARQL text, a .rq file, or a named query (e.g. smelters).")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter of a named query; repeat it for several values (e.g. --param region=region/cote-nord).")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
                          + "CONSTRUCT and DESCRIBE default to turtle).")
    Format format;

    @Override
    public Integer call() throws IOException {
        Query q = isName(query) ? named() : parse(queryText());
        try (Store st = store.openLoaded()) {
            TracePathFunction.enable(st.dataset(), new TraceService(st, TraceLimits.defaults(), Alu.BASE));
            run(st.dataset(), q, format, System.out);
        }
        return AlukgCommand.OK;
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
                throw new CommandException("a --param is NAME=VALUE: " + p, true);
            values.computeIfAbsent(p.substring(0, eq), k -> new ArrayList<>()).add(p.substring(eq + 1));
        }
        try {
            Catalog catalog = Catalog.read(store.options().queriesDir());
            return catalog.get(query).bind(values);
        } catch (CatalogException | QueryException e) {
            throw new CommandException(e.getMessage(), true);
        }
    }

    private String queryText() throws IOException {
        if (!params.isEmpty())
            throw new CommandException("--param is for named queries, not for SPARQL text or .rq files: " + params.get(0), true);
        Path p = Path.of(query);
        if (query.endsWith(".rq")) {
            if (!Files.isRegularFile(p))
                throw new CommandException("query file not found: " + query, true);
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        return query;
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CommandException("query does not parse: " + e.getMessage(), true);
        }
    }

    /** Runs {@code q} over the union of the named graphs and writes the result to {@code out}. */
    static void run(DatasetGraph dsg, Query q, Format format, OutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                if (q.isSelectType()) {
                    var rs = qe.execSelect();
                    switch (format) {
                        case table -> ResultSetFormatter.out(ps, rs, q.getPrologue());
                        case csv -> ResultSetMgr.write(ps, rs, ResultSetLang.RS_CSV);
                        case tsv -> ResultSetMgr.write(ps, rs, ResultSetLang.RS_TSV);
                        case json -> ResultSetMgr.write(ps, rs, ResultSetLang.RS_JSON);
                        case xml -> ResultSetMgr.write(ps, rs, ResultSetLang.RS_XML);
                        default -> throw new CommandException("a SELECT query cannot be written as: " + format, true);
                    }
                } else if (q.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case table -> ps.println(b ? "yes" : "no");
                        case csv -> ResultSetMgr.write(ps, b, ResultSetLang.RS_CSV);
                        case tsv -> ResultSetMgr.write(ps, b, ResultSetLang.RS_TSV);
                        case json -> ResultSetMgr.write(ps, b, ResultSetLang.RS_JSON);
                        case xml -> ResultSetMgr.write(ps, b, ResultSetLang.RS_XML);
                        default -> throw new CommandException("an ASK query cannot be written as: " + format, true);
                    }
                } else {
                    var model = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    Lang lang = switch (format) {
                        case ntriples -> Lang.NTRIPLES;
                        case jsonld -> Lang.JSONLD;
                        case table, turtle -> Lang.TURTLE;
                        default -> throw new CommandException("a " + (q.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                                                              + " query cannot be written as: " + format, true);
                    };
                    RDFDataMgr.write(ps, model, lang);
                }
            }
        });
        ps.flush();
    }
}
