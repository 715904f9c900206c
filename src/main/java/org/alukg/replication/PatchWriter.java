package org.alukg.replication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;

/**
 * Writes one change as gzipped RDF Patch text, the form of a message on the topic: a header member ({@code id} and
 * {@code prev}, see {@link ReplicationGraph#changeId}) followed by a body member ({@code TX}, the additions and
 * deletions, {@code TC}). Readers see the two gzip members as one patch.
 */
final class PatchWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final GZIPOutputStream gzip;
    private final RDFChangesWriterText text;
    private long changes;

    PatchWriter() {
        try {
            gzip = new GZIPOutputStream(bytes, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = RDFChangesWriterText.create(gzip);
        text.txnBegin();
    }

    void add(Node g, Node s, Node p, Node o) {
        text.add(g, s, p, o);
        changes++;
    }

    void delete(Node g, Node s, Node p, Node o) {
        text.delete(g, s, p, o);
        changes++;
    }

    void addPrefix(Node g, String prefix, String iri) {
        text.addPrefix(g, prefix, iri);
        changes++;
    }

    void deletePrefix(Node g, String prefix) {
        text.deletePrefix(g, prefix);
        changes++;
    }

    /** Additions and deletions written so far (an empty change is not published). */
    long changes() { return changes; }

    /** Ends the body and returns it. */
    byte[] body() {
        text.txnCommit();
        text.close();
        try {
            gzip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The header field that asks a replica to empty its store before it applies the change (the whole store follows). */
    static final String RESET = "reset";

    /** The message of change {@code n}: its header, then {@code body}. */
    static byte[] message(long n, byte[] body) { return message(n, body, false); }

    /** The message of change {@code n}; with {@code reset}, the body is the whole store and replaces the replica's. */
    static byte[] message(long n, byte[] body, boolean reset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 128);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            RDFChangesWriterText header = RDFChangesWriterText.create(gz);
            header.header("id", ReplicationGraph.changeId(n));
            if (n > 1)
                header.header("prev", ReplicationGraph.changeId(n - 1));
            if (reset)
                header.header(RESET, org.apache.jena.graph.NodeFactory.createLiteralString("true"));
            header.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }
}
