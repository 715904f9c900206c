package org.alukg.query;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;

/**
 * One question of queries/, read and checked by {@link NamedQueryReader}: its name (its path under queries/ without
 * {@code .rq}), the file, its text as written (header included: valid SPARQL), the parsed query, the {@code #+}
 * header and the parameters the query's variables declare. {@link ParameterBinder} binds the caller's values.
 */
public record NamedQuery(String name, Path file, String text, Query query, QueryHeader header,
                         List<Parameter> parameters) {
    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    public String summary() { return header.summary(); }

    public String description() { return header.description(); }

    public List<String> tags() { return header.tags(); }

    /** The page size from the header, or null when results come whole unless the caller asks for pages. */
    public Integer pagination() { return header.pagination(); }

    /** GET (the default) or POST: the HTTP method the header asks for; the API answers both for GET queries. */
    public String method() { return header.method(); }

    public boolean isSelect() { return query.isSelectType(); }

    public boolean isAsk() { return query.isAskType(); }

    /** CONSTRUCT or DESCRIBE: the answer is a graph. */
    public boolean isGraph() { return query.isConstructType() || query.isDescribeType(); }

    /** The parameter called {@code name}, or null. */
    public Parameter parameter(String name) {
        for (Parameter p : parameters)
            if (p.name().equals(name))
                return p;
        return null;
    }

    @Override
    public String toString() { return name; }
}
