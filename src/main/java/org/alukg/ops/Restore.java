package org.alukg.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Rebuilds a store from a backup: the file is checked whole first (its SHA-256 and manifest, {@link BackupFile#verify});
 * then, in one write transaction, the store is emptied, every quad is added and the count of each graph is compared
 * with the manifest. Any failure aborts that transaction: the store is left as it was.
 */
public final class Restore {
    private Restore() {}

    /** What a restore did: the backup's manifest and the quads now in the store. */
    public record Restored(BackupManifest manifest, long quads) {}

    /**
     * Restores {@code file} into {@code store}. A store that holds quads is refused (409) unless {@code replace}, so a
     * restore never overwrites data by accident.
     */
    public static Restored into(Store store, Path file, boolean replace) {
        BackupManifest manifest = BackupFile.verify(file);
        store.requireRoomToWrite();
        DatasetGraph dsg = store.dataset();
        dsg.begin(TxnType.WRITE);
        boolean committed = false;
        try {
            if (!replace && !dsg.isEmpty())
                throw Problem.conflict("the store is not empty: " + store.description() + " (restore replaces everything in it "
                                       + "only with --force)").field("store", store.description());
            // A store's own replication bookkeeping outlives a restore (ReplicationGraph.afterRestore).
            java.util.List<Quad> own = org.alukg.replication.ReplicationGraph.bookkeeping(store.database());
            dsg.clear();
            Map<String, Long> counts = load(dsg, file);
            if (!counts.equals(manifest.graphs()))
                throw BackupFile.refused(file, "its quads per graph " + counts + " are not the manifest's " + manifest.graphs());
            org.alukg.replication.ReplicationGraph.afterRestore(store.database(), own);
            long quads = counts.values().stream().mapToLong(Long::longValue).sum();
            dsg.commit();
            committed = true;
            return new Restored(manifest, quads);
        } finally {
            if (!committed && dsg.isInTransaction())
                dsg.abort();
            dsg.end();
        }
    }

    /** Adds every quad of the backup to {@code dsg}; returns the quads per graph. */
    private static Map<String, Long> load(DatasetGraph dsg, Path file) {
        Map<String, Long> counts = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    dsg.add(q);
                    counts.merge(BackupFile.graphKey(q), 1L, Long::sum);
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    quad(Quad.create(Quad.defaultGraphIRI, t));
                }
            });
        } catch (IOException | RiotException e) {
            throw BackupFile.refused(file, "its quads do not read (" + e.getMessage() + ")");
        }
        return counts;
    }
}
