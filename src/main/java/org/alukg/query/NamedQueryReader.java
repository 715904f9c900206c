package org.alukg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alukg.problem.Problem;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Reads one file of queries/ into a {@link NamedQuery} and checks it whole: the name, the header, the SPARQL, the
 * parameters its variables declare against the header's {@code params}, {@code defaults} and {@code enumerate}
 * (each default and listed value must parse as its parameter's kind), and that a paged query has a stable order.
 * A file that fails is refused with its path and line.
 */
final class NamedQueryReader {
    private static final Pattern VARIABLE = Pattern.compile("[?$](_[A-Za-z0-9_]+)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    private NamedQueryReader() {}

    /** Reads {@code file}, called {@code name}; IRIs in short form are read under {@code base}. */
    static NamedQuery read(Path file, String name, String base) {
        if (!NAME.matcher(name).matches())
            throw BrokenQuery.at(file, 0, "a query name is lowercase letters, digits and '-': " + name);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        QueryHeader header = HeaderParser.parse(file, text.lines().toList());
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            SparqlSyntaxError s = SparqlSyntaxError.of(e);
            throw BrokenQuery.at(file, s.line(), s.column(), "SPARQL does not parse: " + s.message());
        }
        List<Parameter> parameters = parameters(file, header, query, base);
        if (header.pagination() != null && (!query.isSelectType() || !query.hasOrderBy()))
            throw BrokenQuery.at(file, header.lineOf("pagination"),
                                 "pagination needs a SELECT query with ORDER BY, so pages are stable");
        return new NamedQuery(name, file, text, query, header, parameters);
    }

    /** The parameters of the query's variables, in the order they first appear, with what the header says of them. */
    private static List<Parameter> parameters(Path file, QueryHeader header, Query query, String base) {
        Map<String, Parameter> used = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(query.serialize());
        Set<String> seenVars = new LinkedHashSet<>();
        while (m.find())
            seenVars.add(m.group(1));
        for (String v : seenVars) {
            if (!Parameter.isParameter(v))
                continue;
            Parameter p = Parameter.fromVariable(v, base);
            if (!p.hasName())
                throw BrokenQuery.at(file, 1, "parameter variable has no name: ?" + v);
            Parameter before = used.put(p.name(), p);
            if (before != null && !before.var().equals(p.var()))
                throw BrokenQuery.at(file, 1, "two variables for parameter " + p.name() + ": ?"
                                              + before.var().getVarName() + " and ?" + v);
            if (p.kind() == Parameter.Kind.TYPED && p.datatype() == null)
                throw BrokenQuery.at(file, 1, "unknown XSD datatype in ?" + v + ": xsd:" + p.qualifier());
        }

        Set<String> undeclared = new TreeSet<>(used.keySet());
        undeclared.removeAll(header.params().keySet());
        if (!undeclared.isEmpty())
            throw BrokenQuery.at(file, header.lineOf("params"),
                                 "parameters used in the query but not declared under params: " + undeclared);
        Set<String> unused = new TreeSet<>(header.params().keySet());
        unused.removeAll(used.keySet());
        if (!unused.isEmpty())
            throw BrokenQuery.at(file, header.lineOf("params"),
                                 "parameters declared under params but not used in the query: " + unused);
        for (String key : header.defaults().keySet())
            if (!used.containsKey(key))
                throw BrokenQuery.at(file, header.lineOf("defaults"),
                                     "default for a parameter the query does not have: " + key);
        for (String key : header.enumerate().keySet())
            if (!used.containsKey(key))
                throw BrokenQuery.at(file, header.lineOf("enumerate"),
                                     "values listed for a parameter the query does not have: " + key);

        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : used.values()) {
            Parameter full = p.withHeader(header.params().get(p.name()),
                                          header.defaults().getOrDefault(p.name(), List.of()),
                                          header.enumerate().getOrDefault(p.name(), List.of()));
            for (String v : full.allowed())
                check(file, header.lineOf("enumerate"), p, v);
            for (String d : full.defaults())
                check(file, header.lineOf("defaults"), full, d);
            parameters.add(full);
        }
        return parameters;
    }

    /** Refuses the file, at {@code line}, when {@code value} is not a value of {@code p}. */
    private static void check(Path file, int line, Parameter p, String value) {
        try {
            p.parse(value);
        } catch (Problem e) {
            throw BrokenQuery.at(file, line, e.detail());
        }
    }
}
