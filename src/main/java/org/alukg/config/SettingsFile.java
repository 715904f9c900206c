package org.alukg.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.alukg.problem.Problem;

/**
 * The one configuration file of alukg, YAML, every key optional (what is left out keeps its default):
 *
 * <pre>
 * server:  { host: 127.0.0.1, port: 3030, timeoutSeconds: 30, base: https://w3id.org/alukg/, maxQueries: 16 }
 * trace:   { maxDepth: 6, maxNodes: 5000, maxPathLength: 6, maxPaths: 1000 }
 * imports: { maxBytes: 1073741824, maxExpansionRatio: 100 }
 * guards:  { maxQueryBytes: 1048576, maxHeaderBytes: 65536, maxParameters: 200, loadHosts: [], writeOrigins: [],
 *            graceSeconds: 30 }
 * operations: { backupFolder: var/backups, keepBackups: 10, autoCompactMultiple: 2, autoCompactCheckSeconds: 60 }
 * </pre>
 *
 * An unknown key or a value of the wrong type is refused with the file and the key named. Credentials never go in
 * this file: the password comes from the environment only.
 */
public final class SettingsFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Set<String>> KEYS = Map.of(
        "server", Set.of("host", "port", "timeoutSeconds", "base", "maxQueries"),
        "trace", Set.of("maxDepth", "maxNodes", "maxPathLength", "maxPaths"),
        "imports", Set.of("maxBytes", "maxExpansionRatio"),
        "guards", Set.of("maxQueryBytes", "maxHeaderBytes", "maxParameters", "loadHosts", "writeOrigins", "graceSeconds"),
        "operations", Set.of("backupFolder", "keepBackups", "autoCompactMultiple", "autoCompactCheckSeconds"),
        "replication", Set.of("publish", "replicaOf", "topic", "maxLagSeconds"));

    private SettingsFile() {}

    /** The defaults, with what {@code file} sets. */
    public static Settings read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw Problem.badRequest("cannot read the settings file: " + file + " (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull())
            return Settings.defaults();
        if (!root.isObject())
            throw Problem.badRequest("the settings file is not a mapping of sections: " + file);
        check(file, root);
        Settings d = Settings.defaults();
        ServerConfig s = d.server();
        JsonNode sv = root.path("server");
        s = new ServerConfig(text(file, sv, "server.host", s.host()), (int) number(file, sv, "server.port", s.port()),
                             Duration.ofSeconds(number(file, sv, "server.timeoutSeconds", s.queryTimeout().toSeconds())),
                             text(file, sv, "server.base", s.base()), s.user(), s.password(),
                             (int) number(file, sv, "server.maxQueries", s.maxConcurrentQueries()));
        TraceLimits t = d.trace();
        JsonNode tr = root.path("trace");
        t = new TraceLimits((int) number(file, tr, "trace.maxDepth", t.maxDepth()),
                            (int) number(file, tr, "trace.maxNodes", t.maxNodes()),
                            (int) number(file, tr, "trace.maxPathLength", t.maxPathLength()),
                            (int) number(file, tr, "trace.maxPaths", t.maxPaths()));
        ImportLimits i = d.imports();
        JsonNode im = root.path("imports");
        i = new ImportLimits(number(file, im, "imports.maxBytes", i.maxBytes()),
                             number(file, im, "imports.maxExpansionRatio", i.maxExpansionRatio()));
        Guards g = d.guards();
        JsonNode gu = root.path("guards");
        try {
            g = new Guards(number(file, gu, "guards.maxQueryBytes", g.maxQueryBytes()),
                           (int) number(file, gu, "guards.maxHeaderBytes", g.maxHeaderBytes()),
                           (int) number(file, gu, "guards.maxParameters", g.maxParameters()),
                           texts(file, gu, "guards.loadHosts", g.loadHosts()),
                           texts(file, gu, "guards.writeOrigins", g.writeOrigins()),
                           Duration.ofSeconds(number(file, gu, "guards.graceSeconds", g.grace().toSeconds())),
                           null, null);
            Operations o = d.operations();
            JsonNode op = root.path("operations");
            String folder = text(file, op, "operations.backupFolder", null);
            o = new Operations(folder == null ? null : Path.of(folder),
                               (int) number(file, op, "operations.keepBackups", o.keepBackups()),
                               (int) number(file, op, "operations.autoCompactMultiple", o.autoCompactMultiple()),
                               (int) number(file, op, "operations.autoCompactCheckSeconds", o.autoCompactCheckSeconds()));
            JsonNode rp = root.path("replication");
            String publish = text(file, rp, "replication.publish", null);
            String replicaOf = text(file, rp, "replication.replicaOf", null);
            if (publish != null && replicaOf != null)
                throw new IllegalArgumentException("a server publishes or is a replica, not both: replication.publish and replication.replicaOf");
            ReplicationConfig.Role role = publish != null ? ReplicationConfig.Role.WRITER
                                        : replicaOf != null ? ReplicationConfig.Role.REPLICA : ReplicationConfig.Role.NONE;
            ReplicationConfig r = new ReplicationConfig(role, publish != null ? publish : replicaOf,
                text(file, rp, "replication.topic", role == ReplicationConfig.Role.NONE ? null : ReplicationConfig.DEFAULT_TOPIC),
                (int) number(file, rp, "replication.maxLagSeconds", ReplicationConfig.DEFAULT_MAX_LAG_SECONDS));
            return new Settings(s, t, i, g, o, r);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("bad setting in " + file + ": " + e.getMessage());
        }
    }

    private static void check(Path file, JsonNode root) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String section = it.next();
            Set<String> keys = KEYS.get(section);
            if (keys == null)
                throw Problem.badRequest("unknown section in " + file + ": " + section + " (server, trace, imports, guards, operations, replication)")
                             .field("section", section);
            JsonNode node = root.get(section);
            if (!node.isObject())
                throw Problem.badRequest("section " + section + " in " + file + " is not a mapping: " + node);
            for (Iterator<String> k = node.fieldNames(); k.hasNext(); ) {
                String key = k.next();
                if (!keys.contains(key))
                    throw Problem.badRequest("unknown setting in " + file + ": " + section + "." + key
                                             + " (" + String.join(", ", new java.util.TreeSet<>(keys)) + ")")
                                 .field("setting", section + "." + key);
            }
        }
    }

    private static String text(Path file, JsonNode section, String key, String fallback) {
        JsonNode v = section.path(key.substring(key.indexOf('.') + 1));
        if (v.isMissingNode())
            return fallback;
        if (!v.isTextual())
            throw Problem.badRequest("setting " + key + " in " + file + " is not text: " + v).field("setting", key);
        return v.asText();
    }

    private static Set<String> texts(Path file, JsonNode section, String key, Set<String> fallback) {
        JsonNode v = section.path(key.substring(key.indexOf('.') + 1));
        if (v.isMissingNode())
            return fallback;
        if (!v.isArray())
            throw Problem.badRequest("setting " + key + " in " + file + " is not a list: " + v).field("setting", key);
        Set<String> out = new java.util.LinkedHashSet<>();
        for (JsonNode e : v) {
            if (!e.isTextual())
                throw Problem.badRequest("setting " + key + " in " + file + " lists a non-text value: " + e).field("setting", key);
            out.add(e.asText().strip());
        }
        return out;
    }

    private static long number(Path file, JsonNode section, String key, long fallback) {
        JsonNode v = section.path(key.substring(key.indexOf('.') + 1));
        if (v.isMissingNode())
            return fallback;
        if (!v.isIntegralNumber())
            throw Problem.badRequest("setting " + key + " in " + file + " is not a whole number: " + v).field("setting", key);
        return v.asLong();
    }

    private static String firstLine(String s) {
        if (s == null)
            return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
