package org.alukg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * One question of queries/: a SPARQL query with a grlc-style {@code #+} YAML header (summary, description,
 * tags, params, defaults, enumerate, pagination, method). Its name is its path under queries/ without
 * {@code .rq}. {@link #bind} turns the caller's values into RDF terms in {@code VALUES} blocks at the top of
 * the query's pattern — never text pasted into the query.
 */
public final class NamedQuery {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> HEADER_KEYS =
        Set.of("summary", "description", "tags", "params", "defaults", "enumerate", "pagination", "method");
    private static final Pattern VARIABLE = Pattern.compile("[?$](_[A-Za-z0-9_]+)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    private final String name;
    private final Path file;
    private final String text;
    private final Query query;
    private final String summary;
    private final String description;
    private final List<String> tags;
    private final List<Parameter> parameters;
    private final Integer pagination;
    private final String method;

    private NamedQuery(String name, Path file, String text, Query query, String summary, String description,
                       List<String> tags, List<Parameter> parameters, Integer pagination, String method) {
        this.name = name;
        this.file = file;
        this.text = text;
        this.query = query;
        this.summary = summary;
        this.description = description;
        this.tags = tags;
        this.parameters = parameters;
        this.pagination = pagination;
        this.method = method;
    }

    public String name() { return name; }
    public Path file() { return file; }
    /** The file as written, header included: valid SPARQL. */
    public String text() { return text; }
    public String summary() { return summary; }
    public String description() { return description; }
    public List<String> tags() { return tags; }
    public List<Parameter> parameters() { return parameters; }
    /** The page size from the header, or null when results come whole unless the caller asks for pages. */
    public Integer pagination() { return pagination; }
    /** GET (the default) or POST: the HTTP method the header asks for; the API answers both for GET queries. */
    public String method() { return method; }
    public boolean isSelect() { return query.isSelectType(); }
    public boolean isAsk() { return query.isAskType(); }
    /** CONSTRUCT or DESCRIBE: the answer is a graph. */
    public boolean isGraph() { return query.isConstructType() || query.isDescribeType(); }

    /** Reads and checks one file; {@code name} is its path under queries/ without .rq. */
    public static NamedQuery read(Path file, String name) {
        if (!NAME.matcher(name).matches())
            throw new CatalogException(file, 0, "a query name is lowercase letters, digits and '-': " + name);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> lines = text.lines().toList();
        int headerLines = 0;
        StringBuilder yaml = new StringBuilder();
        while (headerLines < lines.size() && lines.get(headerLines).startsWith("#+")) {
            String l = lines.get(headerLines).substring(2);
            yaml.append(l.startsWith(" ") ? l.substring(1) : l).append('\n');
            headerLines++;
        }
        if (headerLines == 0)
            throw new CatalogException(file, 1, "no '#+' header (at least '#+ summary: ...')");
        Header h = new Header(file, lines, headerLines);
        ObjectNode header = h.parse(yaml.toString());

        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CatalogException(file, e.getLine(), "SPARQL does not parse: " + firstLine(e.getMessage()));
        }

        String summary = h.string(header, "summary", true);
        String description = h.string(header, "description", false);
        List<String> tags = h.strings(header, "tags");
        String method = h.string(header, "method", false);
        if (method.isEmpty())
            method = "GET";
        if (!method.equals("GET") && !method.equals("POST"))
            throw h.error("method", "method must be GET or POST: " + method);

        Map<String, Parameter> used = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(query.serialize());
        Set<String> seenVars = new LinkedHashSet<>();
        while (m.find())
            seenVars.add(m.group(1));
        for (String v : seenVars) {
            if (!Parameter.isParameter(v))
                continue;
            Parameter p;
            try {
                p = Parameter.fromVariable(v);
            } catch (IllegalArgumentException e) {
                throw h.error(null, e.getMessage());
            }
            Parameter before = used.put(p.name(), p);
            if (before != null && !before.var().equals(p.var()))
                throw h.error(null, "two variables for parameter " + p.name() + ": ?" + before.var().getVarName()
                                    + " and ?" + v);
            if (p.kind() == Parameter.Kind.TYPED && p.datatype() == null)
                throw h.error(null, "unknown XSD datatype in ?" + v + ": xsd:" + p.qualifier());
        }

        Map<String, String> declared = h.stringMap(header, "params");
        Set<String> undeclared = new TreeSet<>(used.keySet());
        undeclared.removeAll(declared.keySet());
        if (!undeclared.isEmpty())
            throw h.error("params", "parameters used in the query but not declared under params: " + undeclared);
        Set<String> unused = new TreeSet<>(declared.keySet());
        unused.removeAll(used.keySet());
        if (!unused.isEmpty())
            throw h.error("params", "parameters declared under params but not used in the query: " + unused);

        Map<String, List<String>> defaults = h.valueLists(header, "defaults");
        Map<String, List<String>> enumerate = h.valueLists(header, "enumerate");
        for (String key : defaults.keySet())
            if (!used.containsKey(key))
                throw h.error("defaults", "default for a parameter the query does not have: " + key);
        for (String key : enumerate.keySet())
            if (!used.containsKey(key))
                throw h.error("enumerate", "values listed for a parameter the query does not have: " + key);
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : used.values()) {
            Parameter full = p.withHeader(declared.get(p.name()), defaults.getOrDefault(p.name(), List.of()),
                                          enumerate.getOrDefault(p.name(), List.of()));
            for (String v : full.allowed()) {
                try {
                    p.parse(v);
                } catch (QueryException e) {
                    throw h.error("enumerate", e.getMessage());
                }
            }
            for (String d : full.defaults()) {
                try {
                    full.parse(d);
                } catch (QueryException e) {
                    throw h.error("defaults", e.getMessage());
                }
            }
            parameters.add(full);
        }

        Integer pagination = null;
        if (header.has("pagination")) {
            JsonNode pg = header.get("pagination");
            if (!pg.canConvertToInt() || !pg.isIntegralNumber() || pg.asInt() < 1)
                throw h.error("pagination", "pagination must be a positive whole number of rows: " + pg);
            if (!query.isSelectType() || !query.hasOrderBy())
                throw h.error("pagination", "pagination needs a SELECT query with ORDER BY, so pages are stable");
            pagination = pg.asInt();
        }
        return new NamedQuery(name, file, text, query, summary, description, tags, List.copyOf(parameters),
                              pagination, method);
    }

    /** The parameter called {@code name}, or null. */
    public Parameter parameter(String name) {
        for (Parameter p : parameters)
            if (p.name().equals(name))
                return p;
        return null;
    }

    /**
     * The query with the caller's values bound: each parameter's values, parsed into RDF terms, become one
     * {@code VALUES} block at the start of the query's top-level group (several values: several rows).
     * Unknown parameters, missing required ones and values of the wrong kind are a 400.
     */
    public Query bind(Map<String, List<String>> values) {
        for (String key : values.keySet())
            if (parameter(key) == null)
                throw QueryException.badRequest("unknown parameter: " + key + " (" + name + " takes "
                    + (parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(Parameter::name).toList()))
                    + ")");
        Query q = QueryFactory.create(text);
        List<Element> blocks = new ArrayList<>();
        for (Parameter p : parameters) {
            List<String> given = values.getOrDefault(p.name(), List.of());
            if (given.isEmpty())
                given = p.defaults();
            if (given.isEmpty()) {
                if (p.required())
                    throw QueryException.badRequest("missing required parameter: " + p.name());
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
            return q;
        Element pattern = q.getQueryPattern();
        ElementGroup group;
        if (pattern instanceof ElementGroup g) {
            group = g;
        } else {
            group = new ElementGroup();
            if (pattern != null)
                group.addElement(pattern);
            q.setQueryPattern(group);
        }
        group.getElements().addAll(0, blocks);
        return q;
    }

    private static String firstLine(String s) {
        if (s == null)
            return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The {@code #+} header: YAML whose line n is line n of the file. */
    private record Header(Path file, List<String> lines, int count) {
        ObjectNode parse(String yaml) {
            JsonNode node;
            try {
                node = YAML.readTree(yaml);
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
                throw new CatalogException(file, line, "header is not valid YAML: " + firstLine(e.getOriginalMessage()));
            }
            if (!(node instanceof ObjectNode obj))
                throw new CatalogException(file, 1, "header is not a YAML mapping of keys (summary, params …)");
            for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!HEADER_KEYS.contains(key))
                    throw error(key, "unknown header key: " + key + " (known: " + new TreeSet<>(HEADER_KEYS) + ")");
            }
            return obj;
        }

        /** A problem, placed on the line where {@code key} is written (else the first line of the header). */
        CatalogException error(String key, String problem) {
            int line = 1;
            if (key != null)
                for (int i = 0; i < count; i++)
                    if (lines.get(i).matches("#\\+\\s*" + Pattern.quote(key) + "\\s*:.*")) {
                        line = i + 1;
                        break;
                    }
            return new CatalogException(file, line, problem);
        }

        String string(ObjectNode h, String key, boolean required) {
            JsonNode n = h.get(key);
            if (n == null || n.isNull()) {
                if (required)
                    throw error(null, "header lacks '" + key + "'");
                return "";
            }
            if (!n.isValueNode())
                throw error(key, key + " must be text: " + n);
            return n.asText().strip();
        }

        List<String> strings(ObjectNode h, String key) {
            JsonNode n = h.get(key);
            if (n == null || n.isNull())
                return List.of();
            if (!n.isArray())
                throw error(key, key + " must be a list: " + n);
            List<String> out = new ArrayList<>();
            n.forEach(e -> {
                if (!e.isValueNode())
                    throw error(key, key + " must be a list of words: " + e);
                out.add(e.asText());
            });
            return List.copyOf(out);
        }

        Map<String, String> stringMap(ObjectNode h, String key) {
            JsonNode n = h.get(key);
            Map<String, String> out = new LinkedHashMap<>();
            if (n == null || n.isNull())
                return out;
            if (!n.isObject())
                throw error(key, key + " must map each parameter to its description: " + n);
            n.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank())
                    throw error(key, "parameter " + e.getKey() + " needs a description under " + key);
                out.put(e.getKey(), e.getValue().asText().strip());
            });
            return out;
        }

        /** grlc writes these as a list of one-key maps; a plain map is accepted too. Values: one or a list. */
        Map<String, List<String>> valueLists(ObjectNode h, String key) {
            JsonNode n = h.get(key);
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (n == null || n.isNull())
                return out;
            List<JsonNode> maps = new ArrayList<>();
            if (n.isArray())
                n.forEach(maps::add);
            else
                maps.add(n);
            for (JsonNode m : maps) {
                if (!m.isObject())
                    throw error(key, key + " must map parameters to values: " + m);
                m.fields().forEachRemaining(e -> {
                    List<String> vals = new ArrayList<>();
                    if (e.getValue().isArray())
                        e.getValue().forEach(v -> vals.add(scalar(key, v)));
                    else
                        vals.add(scalar(key, e.getValue()));
                    out.put(e.getKey(), List.copyOf(vals));
                });
            }
            return out;
        }

        private String scalar(String key, JsonNode v) {
            if (!v.isValueNode() || v.isNull())
                throw error(key, key + " values must be single values: " + v);
            return v.asText();
        }
    }

    @Override
    public String toString() { return name; }
}
