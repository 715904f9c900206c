package org.alukg.query;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
import org.alukg.problem.Problem;

/**
 * Reads the {@code #+} header of a named query: the lines at the top of the file that start with {@code #+}, without
 * that mark, are YAML whose line n is line n of the file. Known keys only (summary, description, tags, params,
 * defaults, enumerate, pagination, method), each of its kind; anything else is refused with the file and the line of
 * the key — never skipped.
 */
final class HeaderParser {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> KEYS =
        Set.of("summary", "description", "tags", "params", "defaults", "enumerate", "pagination", "method");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:.*");

    private final Path file;
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private HeaderParser(Path file) { this.file = file; }

    /** The header of {@code file}, whose lines are {@code lines}. */
    static QueryHeader parse(Path file, List<String> lines) {
        return new HeaderParser(file).read(lines);
    }

    private QueryHeader read(List<String> lines) {
        StringBuilder yaml = new StringBuilder();
        int count = 0;
        while (count < lines.size() && lines.get(count).startsWith("#+")) {
            String l = lines.get(count).substring(2);
            String line = l.startsWith(" ") ? l.substring(1) : l;
            Matcher key = TOP_LEVEL_KEY.matcher(line);
            if (key.matches())
                keyLines.putIfAbsent(key.group(1), count + 1);
            yaml.append(line).append('\n');
            count++;
        }
        if (count == 0)
            throw BrokenQuery.at(file, 1, "no '#+' header (at least '#+ summary: ...')");
        ObjectNode h = mapping(yaml.toString());
        String method = string(h, "method", false);
        if (method.isEmpty())
            method = "GET";
        if (!method.equals("GET") && !method.equals("POST"))
            throw error("method", "method must be GET or POST: " + method);
        return new QueryHeader(string(h, "summary", true), string(h, "description", false), strings(h, "tags"),
                               descriptions(h, "params"), valueLists(h, "defaults"), valueLists(h, "enumerate"),
                               pagination(h), method, Map.copyOf(keyLines));
    }

    private ObjectNode mapping(String yaml) {
        JsonNode node;
        try {
            node = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            throw BrokenQuery.at(file, line, "header is not valid YAML: " + m.lines().findFirst().orElse(""));
        }
        if (!(node instanceof ObjectNode obj))
            throw BrokenQuery.at(file, 1, "header is not a YAML mapping of keys (summary, params …)");
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key))
                throw error(key, "unknown header key: " + key + " (known: " + new TreeSet<>(KEYS) + ")");
        }
        return obj;
    }

    /** A problem, placed on the line where {@code key} is written (else the first line of the header). */
    private Problem error(String key, String problem) {
        return BrokenQuery.at(file, key == null ? 1 : keyLines.getOrDefault(key, 1), problem);
    }

    private String string(ObjectNode h, String key, boolean required) {
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

    private List<String> strings(ObjectNode h, String key) {
        JsonNode n = h.get(key);
        if (n == null || n.isNull())
            return List.of();
        if (!n.isArray())
            throw error(key, key + " must be a list: " + n);
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isValueNode())
                throw error(key, key + " must be a list of words: " + e);
            out.add(e.asText());
        }
        return List.copyOf(out);
    }

    private Map<String, String> descriptions(ObjectNode h, String key) {
        JsonNode n = h.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull())
            return out;
        if (!n.isObject())
            throw error(key, key + " must map each parameter to its description: " + n);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank())
                throw error(key, "parameter " + e.getKey() + " needs a description under " + key);
            out.put(e.getKey(), e.getValue().asText().strip());
        }
        return out;
    }

    /** grlc writes these as a list of one-key maps; a plain map is accepted too. Values: one or a list. */
    private Map<String, List<String>> valueLists(ObjectNode h, String key) {
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
            for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<String> values = new ArrayList<>();
                if (e.getValue().isArray())
                    e.getValue().forEach(v -> values.add(scalar(key, v)));
                else
                    values.add(scalar(key, e.getValue()));
                out.put(e.getKey(), List.copyOf(values));
            }
        }
        return out;
    }

    private String scalar(String key, JsonNode v) {
        if (!v.isValueNode() || v.isNull())
            throw error(key, key + " values must be single values: " + v);
        return v.asText();
    }

    private Integer pagination(ObjectNode h) {
        JsonNode pg = h.get("pagination");
        if (pg == null)
            return null;
        if (!pg.canConvertToInt() || !pg.isIntegralNumber() || pg.asInt() < 1)
            throw error("pagination", "pagination must be a positive whole number of rows: " + pg);
        return pg.asInt();
    }
}
