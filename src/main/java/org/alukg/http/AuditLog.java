package org.alukg.http;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who changed what: one JSON line per write — import, replace, delete of an import, SPARQL update, Graph Store
 * write, restore, compaction — and per refused login, with the time, user, client address, request id (the same as
 * the access-log line of the request), operation, target graph, quads added and removed where known, and the result.
 * Written to a file next to the store ({@code var/tdb2-audit.jsonl} by default), or kept in memory for a store in memory;
 * {@code GET /api/audit} pages through it.
 */
public final class AuditLog {
    static final String ATTRIBUTE = "org.alukg:audit";
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final AuditLog NONE = new AuditLog(null);

    /** One line of the log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String time, String user, String address, String requestId, String operation, String graph,
                        Long quadsAdded, Long quadsRemoved, String result) {}

    private final Path file;
    private final List<String> memory = new ArrayList<>();

    /** A log in {@code file}, or in memory when null. */
    public AuditLog(Path file) { this.file = file; }

    /** The file next to a store in {@code storeFolder}: {@code var/tdb2} has {@code var/tdb2-audit.jsonl}; null in memory. */
    public static Path besideStore(Path storeFolder) {
        if (storeFolder == null)
            return null;
        Path abs = storeFolder.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-audit.jsonl");
    }

    /** Makes this the log of the server whose servlet context is {@code context}. */
    public void install(ServletContext context) { context.setAttribute(ATTRIBUTE, this); }

    /** The log of the server answering {@code req} (one that records nothing outside a server). */
    public static AuditLog of(HttpServletRequest req) {
        Object a = req.getServletContext() == null ? null : req.getServletContext().getAttribute(ATTRIBUTE);
        return a instanceof AuditLog l ? l : NONE;
    }

    /** Records what {@code req} did; the user is the one its credentials were accepted for, or the one it tried. */
    public static void record(HttpServletRequest req, String operation, String graph, Long added, Long removed,
                              String result) {
        AuditLog log = of(req);
        if (log == NONE)
            return;
        String user = (String) req.getAttribute(RequestPipeline.USER);
        log.append(new Entry(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                             user != null ? user : Credentials.userTried(req), req.getRemoteAddr(),
                             RequestPipeline.requestId(req), operation, graph, added, removed, result));
    }

    /** Records a write made by a command on its own store (no server): the user of the system, address "local". */
    public static void local(Path storeFolder, String operation, String graph, Long added, Long removed, String result) {
        Path file = besideStore(storeFolder);
        if (file == null)
            return;
        new AuditLog(file).append(new Entry(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                                            System.getProperty("user.name"), "local", null, operation, graph, added,
                                            removed, result));
    }

    /** Appends one entry as one line. */
    public synchronized void append(Entry e) {
        String line;
        try {
            line = JSON.writeValueAsString(e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        if (file == null) {
            memory.add(line);
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                                                            StandardOpenOption.APPEND)) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot write the audit log: " + file.getFileName(), x);
        }
    }

    /** A page of the log, oldest first: {@code total}, {@code offset}, and at most {@code limit} entries from there. */
    public synchronized Map<String, Object> page(long offset, int limit) {
        List<Entry> entries = new ArrayList<>();
        long total;
        try (Stream<String> lines = lines()) {
            List<String> all = lines.toList();
            total = all.size();
            for (long i = offset; i < Math.min(total, offset + limit); i++)
                entries.add(JSON.readValue(all.get((int) i), Entry.class));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return Map.of("total", total, "offset", offset, "entries", entries);
    }

    private Stream<String> lines() throws IOException {
        if (file == null)
            return new ArrayList<>(memory).stream();
        return Files.exists(file) ? Files.lines(file, StandardCharsets.UTF_8).filter(l -> !l.isBlank()) : Stream.empty();
    }
}
