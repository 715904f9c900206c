package org.alukg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.alukg.http.Routes;
import org.alukg.linkeddata.Frame;

/**
 * What the page of the APIs shows ({@code api.jte}), read from the OpenAPI document: every path and operation with
 * its parameters and answers, and for each operation read with GET a form that runs it.
 */
public record ApiPage(Frame frame, String title, String version, String description, String document,
                      String openapi, List<PathItem> paths) {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    /** One path: its anchor on the page, its summary and description, its operations. */
    public record PathItem(String path, String anchor, String summary, String description, List<Operation> operations) {}

    /** One operation; {@code form} runs it from the page, or is null. */
    public record Operation(String method, String summary, List<Parameter> parameters, Form form, List<Answer> answers) {}

    public record Parameter(String name, String in, boolean required, String type, String description) {}

    /** A plain HTML form that sends the GET request: the browser runs it, no script needed. */
    public record Form(String action, List<Field> fields) {}

    /**
     * One query parameter of a form: a choice when it has {@code options}, with an empty one first unless
     * {@code choose} says a value must be chosen; else a text field.
     */
    public record Field(String name, boolean required, List<String> options, boolean choose) {}

    /** One status an operation answers with. */
    public record Answer(String status, String description) {}

    static ApiPage of(JsonNode doc) {
        JsonNode info = doc.path("info");
        List<PathItem> paths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            paths.add(path(e.getKey(), e.getValue()));
        }
        String title = info.path("title").asText();
        return new ApiPage(Frame.english(title), title, info.path("version").asText(), info.path("description").asText(),
                           Routes.OPENAPI, doc.path("openapi").asText(), List.copyOf(paths));
    }

    private static PathItem path(String path, JsonNode item) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!METHODS.contains(e.getKey()))
                continue;
            JsonNode op = e.getValue();
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode p : op.path("parameters"))
                parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(),
                                             type(p.path("schema")), p.path("description").asText()));
            Form form = e.getKey().equals("get") && !path.contains("{") ? form(path, op.path("parameters")) : null;
            List<Answer> answers = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> r = op.path("responses").fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> re = r.next();
                answers.add(new Answer(re.getKey(), re.getValue().path("description").asText()));
            }
            operations.add(new Operation(e.getKey(), op.path("summary").asText(), List.copyOf(parameters), form, List.copyOf(answers)));
        }
        return new PathItem(path, "p" + path.replaceAll("[^A-Za-z0-9]+", "-"), summary(item),
                            item.path("description").asText(""), List.copyOf(operations));
    }

    private static Form form(String path, JsonNode params) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode p : params) {
            if (!"query".equals(p.path("in").asText()))
                continue;
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            JsonNode options = schema.has("enum") ? schema.get("enum") : schema.path("items").path("enum");
            List<String> choices = new ArrayList<>();
            options.forEach(o -> choices.add(o.asText()));
            fields.add(new Field(name, p.path("required").asBoolean(), List.copyOf(choices), name.equals("format")));
        }
        return new Form(path, List.copyOf(fields));
    }

    private static String summary(JsonNode item) {
        if (item.has("summary"))
            return item.get("summary").asText();
        for (String m : new String[] {"get", "post"})
            if (item.path(m).has("summary"))
                return item.path(m).get("summary").asText();
        return "";
    }

    private static String type(JsonNode schema) {
        String t = schema.path("type").asText();
        if (t.equals("array"))
            return schema.path("items").path("type").asText() + ", repeatable";
        return t;
    }
}
