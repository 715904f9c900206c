package org.alukg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.alukg.store.DataVersion;
import org.alukg.store.Store;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The whole graph as files to download: N-Quads (gzip; every named graph) and Turtle (the union graph). Made once
 * per change of the data ({@link DataVersion}), on the first request after it, in one read transaction, and kept in
 * memory; requests in between are served the same bytes.
 */
final class Dumps {
    static final String NQUADS = "alukg.nq.gz";
    static final String TURTLE = "alukg.ttl";

    /** One set of files, of one state of the data. */
    record Built(DataVersion version, byte[] nquadsGz, byte[] turtle, byte[] turtleGz, Instant made, long quads) {}

    private final Store store;
    private Built built;
    private int builds;

    Dumps(Store store) { this.store = store; }

    /** The files of the data as it is now, made if the data changed since they were last made. */
    synchronized Built current() {
        DataVersion now = store.version();
        if (built == null || !built.version().equals(now))
            built = store.read(this::build);
        return built;
    }

    /** How many times the files were made (for tests: once per change, not per request). */
    synchronized int builds() { return builds; }

    private Built build() {
        builds++;
        DataVersion version = store.version();
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(nq)) {
            RDFWriter.source(store.dataset()).format(RDFFormat.NQUADS).output(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var union = GraphFactory.createDefaultGraph();
        union.getPrefixMapping().setNsPrefixes(RdfFormat.PREFIXES.getMapping());
        org.apache.jena.graph.GraphUtil.addInto(union, store.dataset().getUnionGraph());
        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        RDFWriter.source(union).format(RDFFormat.TURTLE_BLOCKS).output(ttl);
        long quads = store.dataset().stream().count();
        byte[] turtle = ttl.toByteArray();
        return new Built(version, nq.toByteArray(), turtle, GzipCoding.of(turtle), Instant.now(), quads);
    }
}
