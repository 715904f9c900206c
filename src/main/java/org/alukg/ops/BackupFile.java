package org.alukg.ops;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.problem.Problem;
import org.alukg.store.Sha256;
import org.alukg.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The layout of one backup: a gzip file of N-Quads (every quad of every named graph), whose last line is an N-Quads
 * comment holding the {@link BackupManifest} as JSON. Any N-Quads reader loads it as it is (the manifest is a
 * comment); alukg reads the manifest to check the quads before it writes any of them.
 */
public final class BackupFile {
    /** The start of the manifest line. */
    static final String MANIFEST_MARK = "# alukg-backup-manifest ";
    private static final byte[] MARK = MANIFEST_MARK.getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUFFER = 1 << 16;

    private BackupFile() {}

    /**
     * Writes a snapshot of {@code store} to {@code file}: every quad as one read transaction sees them, so writes that
     * commit meanwhile are either wholly in it or not at all, and neither wait for it nor are held up by it. The file
     * appears under its name only when complete (written beside it, then moved).
     */
    public static BackupManifest write(Store store, Path file) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (file.getParent() != null)
                Files.createDirectories(file.toAbsolutePath().getParent());
            BackupManifest manifest;
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(part), BUFFER), BUFFER)) {
                manifest = store.read(() -> writeQuads(store, out));
                out.write(MARK);
                out.write(JSON.writeValueAsBytes(manifest));
                out.write('\n');
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw Problem.internal("cannot write the backup: " + file + " (" + e.getMessage() + ")", e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                // a .part file left behind is not a backup: list and restore ignore it
            }
        }
    }

    /** The quads of the store as this read transaction sees them, as N-Quads into {@code out}; their manifest. */
    private static BackupManifest writeQuads(Store store, OutputStream out) {
        String version = store.version().toString();
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        MessageDigest sha = Sha256.digest();
        DigestOutputStream digesting = new DigestOutputStream(new NonClosing(out), sha);
        StreamRDF nquads = StreamRDFWriter.getWriterStream(digesting, Lang.NQUADS);
        Map<String, Long> graphs = new TreeMap<>();
        long[] total = {0};
        nquads.start();
        store.dataset().find().forEachRemaining(q -> {
            nquads.quad(q);
            graphs.merge(graphKey(q), 1L, Long::sum);
            total[0]++;
        });
        nquads.finish();
        try {
            digesting.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new BackupManifest(BackupManifest.FORMAT, at, version, total[0], graphs, Sha256.hexOf(sha));
    }

    /** The key of a quad's graph in a manifest. */
    static String graphKey(Quad q) {
        return q.isDefaultGraph() || q.getGraph() == null ? BackupManifest.DEFAULT_GRAPH : q.getGraph().getURI();
    }

    /**
     * Reads the backup {@code file} to its end and returns its manifest when the file is whole: a gzip stream that
     * ends where it should, a manifest line last, and quads whose SHA-256 is the manifest's. Anything else is refused
     * as invalid data, naming the file and what is wrong.
     */
    public static BackupManifest verify(Path file) {
        if (!Files.isRegularFile(file))
            throw Problem.notFound("no such backup: " + file);
        MessageDigest sha = Sha256.digest();
        BackupManifest manifest = null;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
            LineScanner lines = new LineScanner(in);
            for (byte[] line; (line = lines.next()) != null;) {
                if (manifest != null)
                    throw refused(file, "there is content after its manifest");
                if (startsWith(line, MARK))
                    manifest = manifest(file, line);
                else
                    sha.update(line);
            }
        } catch (EOFException | ZipException e) {
            throw refused(file, "it is truncated or damaged (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw refused(file, "it cannot be read (" + e.getMessage() + ")");
        }
        if (manifest == null)
            throw refused(file, "it has no alukg manifest (is it an alukg backup?)");
        String digest = Sha256.hexOf(sha);
        if (!digest.equals(manifest.sha256()))
            throw refused(file, "its SHA-256 " + digest + " is not the manifest's " + manifest.sha256());
        return manifest;
    }

    /** The manifest of a backup, without checking its quads (for listing). */
    static BackupManifest peek(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
            LineScanner lines = new LineScanner(in);
            byte[] last = null;
            for (byte[] line; (line = lines.next()) != null;)
                if (startsWith(line, MARK))
                    last = line;
            return last == null ? null : JSON.readValue(last, MARK.length, last.length - MARK.length, BackupManifest.class);
        }
    }

    private static BackupManifest manifest(Path file, byte[] line) {
        BackupManifest m;
        try {
            m = JSON.readValue(line, MARK.length, line.length - MARK.length, BackupManifest.class);
        } catch (JsonProcessingException e) {
            throw refused(file, "its manifest does not parse (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw refused(file, "its manifest cannot be read (" + e.getMessage() + ")");
        }
        if (!BackupManifest.FORMAT.equals(m.format()))
            throw refused(file, "its format is " + m.format() + ", not " + BackupManifest.FORMAT);
        if (m.sha256() == null || m.graphs() == null)
            throw refused(file, "its manifest lacks the SHA-256 or the graph counts");
        return m;
    }

    static Problem refused(Path file, String why) {
        return Problem.invalidData("backup refused, nothing written: " + file + ": " + why).field("backup", file.toString());
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        if (line.length < prefix.length)
            return false;
        for (int i = 0; i < prefix.length; i++)
            if (line[i] != prefix[i])
                return false;
        return true;
    }

    /** Lines of a stream as bytes, each with its '\n' (the last one may lack it). */
    private static final class LineScanner {
        private final InputStream in;
        private final byte[] buf = new byte[BUFFER];
        private int pos, end;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);

        LineScanner(InputStream in) { this.in = in; }

        byte[] next() throws IOException {
            line.reset();
            while (true) {
                if (pos == end) {
                    end = in.read(buf);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return line.size() == 0 ? null : line.toByteArray();
                    }
                }
                int start = pos;
                while (pos < end && buf[pos] != '\n')
                    pos++;
                if (pos < end) {
                    pos++;
                    line.write(buf, start, pos - start);
                    return line.toByteArray();
                }
                line.write(buf, start, pos - start);
            }
        }
    }

    /** Keeps the N-Quads writer from closing the gzip stream the manifest still goes into. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
