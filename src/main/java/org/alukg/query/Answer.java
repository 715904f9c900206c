package org.alukg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The answer of a named query, read whole inside one read transaction: rows (SELECT), a yes or no (ASK) or a
 * graph (CONSTRUCT, DESCRIBE); for a page of rows, whether another page follows.
 */
public record Answer(ResultSetRewindable rows, Boolean yes, Model graph, boolean more) {

    /** Which rows: all of them (perPage null), or page {@code page} (from 1) of {@code perPage} rows. */
    public record Page(int page, Integer perPage) {
        public static final int MAX_PER_PAGE = 10_000;
        public static final Page ALL = new Page(1, null);
        private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

        /** The page asked for with {@code page} and {@code per_page}; the query's own page size by default. */
        public static Page of(String page, String perPage, NamedQuery q) {
            int p = page == null ? 1 : number("page", page, Integer.MAX_VALUE);
            Integer size = perPage == null ? q.pagination() : Integer.valueOf(number("per_page", perPage, MAX_PER_PAGE));
            if (size == null && page != null)
                size = 100;
            if (size != null && !q.isSelect())
                throw Problem.badRequest("pages are for SELECT queries only: " + q.name())
                             .field(page != null ? "page" : "per_page", page != null ? page : perPage);
            return new Page(p, size);
        }

        private static int number(String name, String value, int max) {
            String v = value.strip();
            if (WHOLE_NUMBER.matcher(v).matches() && Long.parseLong(v) >= 1 && Long.parseLong(v) <= max)
                return Integer.parseInt(v);
            throw Problem.badRequest("bad value for " + name + ": " + value + " (a whole number from 1 to " + max + ")")
                         .field(name, value);
        }
    }

    /** Binds {@code params} (see {@link ParameterBinder}) and runs the query on the store's union graph. */
    public static Answer of(Store store, NamedQuery q, Map<String, List<String>> params, Page page) {
        Query query = ParameterBinder.bind(q, params);
        if (page.perPage() != null) {
            long offset = (long) (page.page() - 1) * page.perPage();
            query.setOffset(offset);
            query.setLimit(page.perPage() + 1L);
        }
        try {
            return run(store, query, page);
        } catch (QueryCancelledException e) {
            // Cancelled by the server's query timeout before any answer began: a busy server, not a bug.
            throw org.alukg.problem.Problem.unavailable("named query timed out: " + q.name(), 5);
        }
    }

    private static Answer run(Store store, Query query, Page page) {
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(store.dataset()))) {
                if (query.isSelectType()) {
                    ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
                    if (page.perPage() == null || rs.size() <= page.perPage())
                        return new Answer(rs, null, null, false);
                    List<Binding> kept = new ArrayList<>();
                    for (int i = 0; i < page.perPage(); i++)
                        kept.add(rs.nextBinding());
                    List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
                    RowSet rows = RowSet.create(QueryIterPlainWrapper.create(kept.iterator()), vars);
                    return new Answer(ResultSetFactory.makeRewindable(ResultSet.adapt(rows)), null, null, true);
                }
                if (query.isAskType())
                    return new Answer(null, qe.execAsk(), null, false);
                return new Answer(null, null, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), false);
            }
        });
    }
}
