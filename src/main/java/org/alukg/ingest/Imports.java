package org.alukg.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Imports inventories and RDF through the {@link ValidatedWriter}: each input becomes its own named graph
 * ({@code …/graph/import/{id}}, the id from the import's name) with its provenance in the meta graph — file
 * name, SHA-256, time, counts, who — and is validated and committed in one write transaction, or refused
 * leaving the store as it was. The same content twice changes nothing; another content under a name already
 * imported is refused unless it replaces the earlier import.
 */
public final class Imports {
    /** Largest input accepted, decompressed. */
    public static final long MAX_BYTES = 64L << 30;

    static final Node IMPORT = Alu.resource("Import").asNode();
    static final Node FILE_NAME = Alu.property("fileName").asNode();
    static final Node ROWS = Alu.property("rowCount").asNode();
    static final Node TRIPLES = Alu.property("tripleCount").asNode();
    static final Node CREATED = Alu.property("entitiesCreated").asNode();
    static final Node LINKED = Alu.property("entitiesLinked").asNode();
    static final Node REJECTED = Alu.property("rowsRejected").asNode();

    private final Store store;
    private final ImportFormats formats;

    public Imports(Store store, ImportFormats formats) {
        this.store = store;
        this.formats = formats;
    }

    /**
     * Imports one source; a .gz is unpacked, and each file of a .zip is imported on its own (one report each).
     * Refusals are reports with status {@code refused}; only faults of ours are thrown.
     */
    public List<ImportReport> run(ImportSource source, ImportOptions options) {
        String name = source.name();
        String lower = name.toLowerCase(Locale.ROOT);
        CountingInput raw = new CountingInput(new BufferedInputStream(source.stream(), 1 << 16));
        try (raw) {
            raw.mark(4);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            boolean gzip = lower.endsWith(".gz") || (b0 == 0x1f && b1 == 0x8b);
            boolean zip = lower.endsWith(".zip") || (b0 == 'P' && b1 == 'K');
            if (gzip) {
                String inner = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                InputStream in = new BoundedInput(new GZIPInputStream(raw, 1 << 16), name, raw::count, MAX_BYTES);
                return List.of(one(inner, in, -1, source.mediaType(), options, raw));
            }
            if (zip) {
                List<ImportReport> reports = new ArrayList<>();
                ZipInputStream z = new ZipInputStream(raw);
                ZipEntry e;
                while ((e = z.getNextEntry()) != null) {
                    if (e.isDirectory())
                        continue;
                    String entry = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                    long before = raw.count();
                    InputStream in = new BoundedInput(new NonClosing(z), name + "!" + entry, () -> raw.count() - before, MAX_BYTES);
                    ImportOptions o = options.name() != null && reports.size() > 0 ? options.withName(options.name() + "-" + entry) : options;
                    reports.add(one(entry, in, -1, null, o, raw));
                }
                if (reports.isEmpty())
                    reports.add(refused(name, null, "the zip file holds no file"));
                return reports;
            }
            return List.of(one(name, new BoundedInput(raw, name, null, MAX_BYTES), source.size(), source.mediaType(), options, raw));
        } catch (ImportException e) {
            return List.of(refused(name, null, e));
        } catch (IOException e) {
            return List.of(refused(name, null, name + ": cannot read: " + e.getMessage()));
        }
    }

    /** Imports one decompressed input. */
    private ImportReport one(String fileName, InputStream in, long size, String mediaType, ImportOptions options,
                             CountingInput raw) {
        Optional<ImportFormat> fmt = options.format() != null ? formats.byName(options.format())
            : formats.byFileName(fileName).or(() -> mediaType == null ? Optional.empty() : formats.byMediaType(mediaType));
        if (fmt.isEmpty())
            return refused(fileName, null, options.format() != null
                ? "unknown format: " + options.format() + " (formats: " + formats.names() + ")"
                : fileName + ": unknown format: give a file name ending in .csv, .json, .ttl, .nt, .nq, .trig, .rdf, .jsonld, .brf … "
                  + "or a format (" + formats.names() + ")");
        ImportFormat format = fmt.get();
        String id = idOf(options.name() != null ? options.name() : fileName);
        Node graph = NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + id);
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        ColumnMapping mapping;
        try {
            mapping = options.mapping() != null ? ColumnMapping.read(options.mapping()) : ColumnMapping.template();
        } catch (ImportException e) {
            return refused(fileName, format, e);
        }
        MessageDigest sha = sha256();
        InputStream digesting = new DigestInputStream(in, sha);
        ImportContext[] ctx = new ImportContext[1];
        InputStream input = new ProgressInput(digesting, options.progress(), raw, () -> ctx[0] == null ? 0 : ctx[0].rows());
        String[] existing = new String[1];
        boolean[] replaced = new boolean[1];
        long started = System.currentTimeMillis();
        ValidatedWriter.Change change = new ValidatedWriter.Change().validate(options.validate());
        change.check(dsg -> existing[0] = digestOf(dsg, graph))
              .stream(graph, g -> {
                  ctx[0] = new ImportContext(g, store.dataset(), id, graph, now, options.skipBadRows(), mapping);
                  options.progress().started(fileName, size);
                  format.importer().get().read(new ImportInput(fileName, new NonClosing(input), size), ctx[0]);
                  drain(input);
                  options.progress().finished(ctx[0].rows());
              })
              .afterWrite(() -> {
                  String digest = HexFormat.of().formatHex(sha.digest());
                  ctx[0].digest = digest;
                  if (digest.equals(existing[0]))
                      throw new Unchanged("already imported as " + id + " (same SHA-256)");
                  String other = importWithDigest(store.dataset(), digest);
                  if (other != null && !other.equals(graph.getURI()))
                      throw new Unchanged("already imported as " + other.substring(Alu.GRAPH_IMPORT_PREFIX.length()) + " (same SHA-256)");
                  if (existing[0] != null && !options.replace())
                      throw new ImportException("an import named " + id + " already exists with other content: "
                                                + "pass --replace (or replace=true) to swap it, or give another --name");
                  replaced[0] = existing[0] != null;
                  change.meta(graph, provenance(graph, id, fileName, format, digest, now, options.who(), ctx[0],
                                                store.dataset().getGraph(graph).size()));
              })
              .locator(n -> ctx[0] == null ? null : ctx[0].location(n));
        try {
            new ValidatedWriter(store).commit(change);
        } catch (Unchanged u) {
            return new ImportReport(id, graph.getURI(), fileName, format.name(), ctx[0].digest, ImportReport.UNCHANGED,
                                    ctx[0].rows(), 0, 0, 0, List.of(), List.of(), u.getMessage(), now, options.who(),
                                    System.currentTimeMillis() - started);
        } catch (ValidationException e) {
            return refused(fileName, format, e);
        }
        ImportContext c = ctx[0];
        long triples = store.read(() -> store.dataset().getGraph(graph).size());
        return new ImportReport(id, graph.getURI(), fileName, format.name(), c.digest,
                                replaced[0] ? ImportReport.REPLACED : ImportReport.IMPORTED, c.rows(), triples,
                                c.created(), c.linked(), List.copyOf(c.rejected()), List.of(),
                                (replaced[0] ? "replaced " : "imported ") + id, now, options.who(),
                                System.currentTimeMillis() - started);
    }

    /** The imports in the store, newest first, with their provenance. */
    public List<Map<String, Object>> list() {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset();
            List<Map<String, Object>> out = new ArrayList<>();
            dsg.find(Alu.GRAPH_META, Node.ANY, RDF.type.asNode(), IMPORT).forEachRemaining(q -> out.add(describe(dsg, q.getSubject())));
            out.sort((a, b) -> String.valueOf(b.get("importedAt")).compareTo(String.valueOf(a.get("importedAt"))));
            return out;
        });
    }

    /** One import's provenance, or empty. */
    public Optional<Map<String, Object>> get(String id) {
        Node graph = NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + id);
        return store.read(() -> store.dataset().contains(Alu.GRAPH_META, graph, RDF.type.asNode(), IMPORT)
            ? Optional.of(describe(store.dataset(), graph)) : Optional.empty());
    }

    /**
     * Removes an import (its graph and provenance) through the gate: refused with a {@link ValidationException} when
     * what remains would not validate (something else links to it). False when there is no such import.
     */
    public boolean delete(String id) {
        if (get(id).isEmpty())
            return false;
        Node graph = NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + id);
        new ValidatedWriter(store).commit(new ValidatedWriter.Change().remove(graph));
        return true;
    }

    private static Map<String, Object> describe(DatasetGraph dsg, Node graph) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", graph.getURI().substring(Alu.GRAPH_IMPORT_PREFIX.length()));
        m.put("graph", graph.getURI());
        m.put("file", literal(dsg, graph, FILE_NAME));
        m.put("format", literal(dsg, graph, DCTerms.format.asNode()));
        m.put("sha256", literal(dsg, graph, Alu.contentDigest.asNode()));
        m.put("importedAt", literal(dsg, graph, Alu.loadedAt.asNode()));
        m.put("who", literal(dsg, graph, DCTerms.creator.asNode()));
        for (Node p : List.of(ROWS, TRIPLES, CREATED, LINKED, REJECTED)) {
            String v = literal(dsg, graph, p);
            m.put(p.getLocalName(), v == null ? null : Long.parseLong(v));
        }
        return m;
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Alu.GRAPH_META, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static String digestOf(DatasetGraph dsg, Node graph) { return literal(dsg, graph, Alu.contentDigest.asNode()); }

    private static String importWithDigest(DatasetGraph dsg, String digest) {
        var it = dsg.find(Alu.GRAPH_META, Node.ANY, Alu.contentDigest.asNode(), NodeFactory.createLiteralString(digest));
        while (it.hasNext()) {
            Node s = it.next().getSubject();
            if (s.isURI() && s.getURI().startsWith(Alu.GRAPH_IMPORT_PREFIX))
                return s.getURI();
        }
        return null;
    }

    private static List<Quad> provenance(Node graph, String id, String fileName, ImportFormat format, String digest, String now,
                                         String who, ImportContext c, long triples) {
        Node m = Alu.GRAPH_META;
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(m, graph, RDF.type.asNode(), IMPORT));
        q.add(Quad.create(m, graph, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id)));
        q.add(Quad.create(m, graph, FILE_NAME, NodeFactory.createLiteralString(fileName)));
        q.add(Quad.create(m, graph, DCTerms.format.asNode(), NodeFactory.createLiteralString(format.name())));
        q.add(Quad.create(m, graph, Alu.contentDigest.asNode(), NodeFactory.createLiteralString(digest)));
        q.add(Quad.create(m, graph, Alu.loadedAt.asNode(), NodeFactory.createLiteralDT(now, XSDDatatype.XSDdateTime)));
        q.add(Quad.create(m, graph, DCTerms.creator.asNode(), NodeFactory.createLiteralString(who == null ? "unknown" : who)));
        q.add(Quad.create(m, graph, ROWS, count(c.rows())));
        q.add(Quad.create(m, graph, TRIPLES, count(triples)));
        q.add(Quad.create(m, graph, CREATED, count(c.created())));
        q.add(Quad.create(m, graph, LINKED, count(c.linked())));
        q.add(Quad.create(m, graph, REJECTED, count(c.rejected().size())));
        return q;
    }

    private static Node count(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    /** The id of an import: its name (without a .gz ending) as a slug: "firms.csv" → "firms-csv". */
    static String idOf(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String slug = EntityMatcher.slug(base);
        return slug.isEmpty() || base.equals("-") ? "stdin" : slug;
    }

    private ImportReport refused(String file, ImportFormat format, ValidationException e) {
        List<String> problems = e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems();
        return new ImportReport(null, null, file, format == null ? null : format.name(), null, ImportReport.REFUSED,
                                0, 0, 0, 0, List.of(), problems, e.getMessage(), null, null, 0);
    }

    private ImportReport refused(String file, ImportFormat format, String message) {
        return refused(file, format, new ImportException(message));
    }

    /** Reads what an importer left unread, so the digest covers the whole input. */
    private static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same content is in the store already: nothing to do (the transaction is rolled back). */
    private static final class Unchanged extends RuntimeException {
        Unchanged(String message) { super(message, null, false, false); }
    }

    /** Counts the raw (possibly compressed) bytes, for progress and the zip-bomb ratio. */
    private static final class CountingInput extends FilterInputStream {
        private long count, mark;
        CountingInput(InputStream in) { super(in); }
        long count() { return count; }
        @Override public int read() throws IOException { int b = super.read(); if (b >= 0) count++; return b; }
        @Override public int read(byte[] b, int off, int len) throws IOException { int n = super.read(b, off, len); if (n > 0) count += n; return n; }
        @Override public long skip(long n) throws IOException { long s = super.skip(n); count += s; return s; }
        @Override public synchronized void mark(int limit) { super.mark(limit); mark = count; }
        @Override public synchronized void reset() throws IOException { super.reset(); count = mark; }
    }

    /** Tells the progress listener, every 256 KiB, how far the raw input is read and how many items are written. */
    private static final class ProgressInput extends FilterInputStream {
        private final ImportProgress progress;
        private final CountingInput raw;
        private final java.util.function.LongSupplier items;
        private long next = 1 << 18;
        ProgressInput(InputStream in, ImportProgress progress, CountingInput raw, java.util.function.LongSupplier items) {
            super(in);
            this.progress = progress;
            this.raw = raw;
            this.items = items;
        }
        @Override public int read() throws IOException { int b = super.read(); tick(); return b; }
        @Override public int read(byte[] b, int off, int len) throws IOException { int n = super.read(b, off, len); tick(); return n; }
        private void tick() {
            if (raw.count() >= next) {
                next = raw.count() + (1 << 18);
                progress.advanced(raw.count(), items.getAsLong());
            }
        }
    }

    /** A zip entry's stream, which a parser may close without closing the zip. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) { super(in); }
        @Override public void close() {}
    }
}
