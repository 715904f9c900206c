package org.alukg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.alukg.problem.Problem;
import org.alukg.vocab.Alu;

/**
 * The named queries of a queries/ folder, each checked when the catalog is read: one broken file stops the
 * whole read with a {@link Problem} of invalid data naming it and its line. Short forms in the queries' defaults and
 * listed values, and in the values callers give, are read under the catalog's base.
 */
public final class Catalog {
    private final Path dir;
    private final Map<String, NamedQuery> queries;

    private Catalog(Path dir, Map<String, NamedQuery> queries) {
        this.dir = dir;
        this.queries = queries;
    }

    /** Reads every {@code .rq} under {@code dir} with short forms under the default base {@link Alu#BASE}. */
    public static Catalog read(Path dir) { return read(dir, Alu.BASE); }

    /**
     * Reads every {@code .rq} under {@code dir} (subfolders give names such as {@code supply/suppliers}), short
     * forms under {@code base}.
     */
    public static Catalog read(Path dir, String base) {
        Map<String, NamedQuery> found = new TreeMap<>();
        if (!Files.isDirectory(dir))
            return new Catalog(dir, found);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq") && Files.isRegularFile(p)).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                String name = rel.substring(0, rel.length() - ".rq".length());
                found.put(name, NamedQueryReader.read(f, name, base));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the named queries in " + dir, e);
        }
        return new Catalog(dir, found);
    }

    public Path dir() { return dir; }

    /** Every query, by name. */
    public Collection<NamedQuery> all() { return queries.values(); }

    /** The query called {@code name}; see {@link #has}: asking for one there is not is a 404 naming it. */
    public NamedQuery get(String name) {
        NamedQuery q = queries.get(name);
        if (q == null)
            throw Problem.notFound("no named query: " + name).field("name", name);
        return q;
    }

    public boolean has(String name) { return queries.containsKey(name); }
}
