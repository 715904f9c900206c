package org.alukg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.PathItem;
import org.alukg.http.Routes;

/** The OpenAPI 3.1 path items of the named queries: the listing and one per query. */
final class QueryApiDescription {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The path items of the query API: the listing, the OpenAPI document, and one per named query. */
    static Map<String, PathItem> queryPaths(Catalog catalog) {
        Map<String, ObjectNode> paths = new LinkedHashMap<>();
        ObjectNode list = F.objectNode();
        ObjectNode get = list.putObject("get");
        get.put("operationId", "listQueries");
        get.put("summary", "The named queries, with their summaries and parameters");
        get.putArray("tags").add("catalog");
        response(get, "The named queries", "application/json", F.objectNode().put("type", "array"));
        paths.put(Routes.QUERIES, list);

        for (NamedQuery q : catalog.all())
            paths.put(Routes.namedQuery(q.name()), queryPath(q));
        Map<String, PathItem> items = new LinkedHashMap<>();
        paths.forEach((k, v) -> items.put(k, Json31.mapper().convertValue(v, PathItem.class)));
        return items;
    }

    private static ObjectNode queryPath(NamedQuery q) {
        ObjectNode item = F.objectNode();
        item.put("summary", q.summary());
        if (!q.description().isEmpty())
            item.put("description", q.description());
        List<ResultFormat> formats = ResultFormat.forQuery(q);

        ObjectNode get = item.putObject("get");
        operation(get, q, "");
        ArrayNode params = get.putArray("parameters");
        for (Parameter p : q.parameters()) {
            ObjectNode o = params.addObject();
            o.put("name", p.name());
            o.put("in", "query");
            o.put("required", p.required() && p.defaults().isEmpty());
            o.put("description", p.description() + " (" + p.kindName() + "; repeat the parameter for several values)");
            o.put("style", "form");
            o.put("explode", true);
            o.set("schema", arrayOf(p));
        }
        ObjectNode format = params.addObject();
        format.put("name", "format");
        format.put("in", "query");
        format.put("description", "The answer's format; without it, the Accept header decides");
        ObjectNode fs = format.putObject("schema");
        fs.put("type", "string");
        ArrayNode fe = fs.putArray("enum");
        formats.forEach(f -> fe.add(f.id()));
        fs.put("default", formats.get(0).id());
        if (q.isSelect()) {
            pageParam(params, "page", "The page of rows, from 1", 1, null);
            pageParam(params, "per_page", "Rows per page" + (q.pagination() == null ? "; without page or per_page all rows come"
                                                                                  : ""),
                      1, q.pagination());
        }
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "The answer" + (q.isSelect() ? "; a Link header (RFC 8288) points to the next and previous pages" : ""));
        ObjectNode content = ok.putObject("content");
        for (ResultFormat f : formats)
            content.putObject(f.mediaType()).set("schema", f == ResultFormat.JSON
                ? F.objectNode().put("type", "array").set("items", F.objectNode().put("type", "object"))
                : F.objectNode().put("type", "string"));
        error(responses, "400", "A bad, missing or unknown parameter, or a format this query cannot give");
        error(responses, "406", "No format of this query matches the Accept header");

        ObjectNode post = item.putObject("post");
        operation(post, q, "Post");
        ObjectNode body = post.putObject("requestBody");
        body.put("required", false);
        ObjectNode schema = body.putObject("content").putObject("application/x-www-form-urlencoded").putObject("schema");
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (Parameter p : q.parameters()) {
            ObjectNode s = arrayOf(p);
            s.put("description", p.description());
            props.set(p.name(), s);
            if (p.required() && p.defaults().isEmpty())
                required.add(p.name());
        }
        props.set("format", fs.deepCopy());
        if (!required.isEmpty())
            schema.set("required", required);
        post.set("responses", responses.deepCopy());
        return item;
    }

    private static void operation(ObjectNode op, NamedQuery q, String suffix) {
        op.put("operationId", camel(q.name()) + suffix);
        op.put("summary", q.summary());
        if (!q.description().isEmpty())
            op.put("description", q.description());
        ArrayNode tags = op.putArray("tags");
        (q.tags().isEmpty() ? List.of("queries") : q.tags()).forEach(tags::add);
    }

    private static ObjectNode arrayOf(Parameter p) {
        ObjectNode items = F.objectNode();
        switch (p.kind()) {
            case INTEGER -> items.put("type", "integer");
            case DECIMAL -> items.put("type", "number");
            case IRI -> {
                items.put("type", "string");
                items.put("format", "iri-reference");
            }
            default -> items.put("type", "string");
        }
        if (!p.allowed().isEmpty()) {
            ArrayNode e = items.putArray("enum");
            p.allowed().forEach(e::add);
        }
        ObjectNode s = F.objectNode();
        s.put("type", "array");
        s.set("items", items);
        if (!p.defaults().isEmpty()) {
            ArrayNode d = s.putArray("default");
            p.defaults().forEach(d::add);
        }
        return s;
    }

    private static void pageParam(ArrayNode params, String name, String description, int min, Integer dflt) {
        ObjectNode o = params.addObject();
        o.put("name", name);
        o.put("in", "query");
        o.put("description", description);
        ObjectNode s = o.putObject("schema");
        s.put("type", "integer");
        s.put("minimum", min);
        if (name.equals("per_page"))
            s.put("maximum", Answer.Page.MAX_PER_PAGE);
        if (dflt != null)
            s.put("default", dflt);
    }

    private static void response(ObjectNode op, String description, String type, ObjectNode schema) {
        ObjectNode ok = op.putObject("responses").putObject("200");
        ok.put("description", description);
        ok.putObject("content").putObject(type).set("schema", schema);
    }

    private static void error(ObjectNode responses, String status, String description) {
        ObjectNode e = responses.putObject(status);
        e.put("description", description);
        e.putObject("content").putObject("text/plain").set("schema", F.objectNode().put("type", "string"));
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '/') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
