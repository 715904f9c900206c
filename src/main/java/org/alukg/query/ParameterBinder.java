package org.alukg.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alukg.problem.Problem;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Binds the caller's values to a named query: each parameter's values, parsed into RDF terms, become one
 * {@code VALUES} block at the start of the query's top-level group (several values: several rows) — never text pasted
 * into the query. Unknown parameters, missing required ones and values of the wrong kind are a 400 naming them.
 */
public final class ParameterBinder {
    private ParameterBinder() {}

    /** A fresh copy of {@code q}'s query with {@code values} (by parameter name) bound, defaults where none is given. */
    public static Query bind(NamedQuery q, Map<String, List<String>> values) {
        for (Map.Entry<String, List<String>> given : values.entrySet())
            if (q.parameter(given.getKey()) == null)
                throw Problem.badRequest("unknown parameter: " + given.getKey() + " (" + q.name() + " takes "
                    + (q.parameters().isEmpty() ? "none"
                                                : String.join(", ", q.parameters().stream().map(Parameter::name).toList()))
                    + ")").field(given.getKey(), given.getValue().isEmpty() ? null : given.getValue().get(0));
        Query query = QueryFactory.create(q.text());
        List<Element> blocks = new ArrayList<>();
        for (Parameter p : q.parameters()) {
            List<String> given = values.getOrDefault(p.name(), List.of());
            if (given.isEmpty())
                given = p.defaults();
            if (given.isEmpty()) {
                if (p.required())
                    throw Problem.badRequest("missing required parameter: " + p.name()).field(p.name(), null);
                continue;
            }
            ElementData data = new ElementData();
            data.add(p.var());
            Set<Node> distinct = new LinkedHashSet<>();
            for (String v : given)
                distinct.add(p.parse(v));
            for (Node n : distinct)
                data.add(BindingFactory.binding(p.var(), n));
            blocks.add(data);
        }
        if (blocks.isEmpty())
            return query;
        Element pattern = query.getQueryPattern();
        ElementGroup group;
        if (pattern instanceof ElementGroup g) {
            group = g;
        } else {
            group = new ElementGroup();
            if (pattern != null)
                group.addElement(pattern);
            query.setQueryPattern(group);
        }
        group.getElements().addAll(0, blocks);
        return query;
    }
}
