package org.alukg.trace;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.alukg.http.BackgroundBuild;
import org.alukg.store.DataVersion;
import org.alukg.store.Store;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The supply network of a store, read once per {@link Store#version() data version} and shared by every trace until
 * the data changes. Inside a caller's read transaction the network of that transaction's version is given (and kept,
 * as it is a committed version); inside a write transaction (or a read promoted to one), whose view may hold changes
 * not yet committed, the network is read for that one caller and not kept. A network with other kinds of link
 * ({@link Include}) is kept apart from the supply-only one, one per set of kinds asked for. When the data changed by a
 * few known subjects since the supply-only network kept, the network of the new version is patched from it
 * ({@link SupplyNetworkPatch}) instead of read again.
 */
final class SupplySnapshots {
    private record Snapshot(DataVersion version, SupplyNetwork network) {}

    private final Store store;
    private final String base;
    private final Map<Set<Include>, Snapshot> latest = new ConcurrentHashMap<>();

    SupplySnapshots(Store store, String base) {
        this.store = store;
        this.base = base;
    }

    /** The supply network of the data this thread sees. */
    SupplyNetwork current() { return current(Set.of()); }

    /** The supply network, with the links of the kinds in {@code include}, of the data this thread sees. */
    SupplyNetwork current(Set<Include> include) {
        DatasetGraph dsg = store.dataset();
        if (!dsg.isInTransaction())
            return store.read(() -> ofThisTransaction(include));
        if (dsg.transactionMode() == ReadWrite.WRITE)
            return SupplyNetworkReader.read(dsg.getUnionGraph(), base, include);
        return ofThisTransaction(include);
    }

    /**
     * True when the supply-only network of the latest committed version is built; when it is not, starts building it
     * on a background thread (once at a time) and answers false at once.
     */
    boolean readyOrBuilding() {
        DataVersion version = store.version();
        Snapshot s = latest.get(Set.of());
        if (s != null && s.version().equals(version))
            return true;
        building.start(() -> {
            if (store.isOpen())
                current();
        });
        return false;
    }

    private final BackgroundBuild building = new BackgroundBuild("alukg-snapshot");

    private SupplyNetwork ofThisTransaction(Set<Include> include) {
        DataVersion version = store.version();
        Snapshot s = latest.get(include);
        if (s != null && s.version().equals(version))
            return s.network();
        synchronized (this) {
            s = latest.get(include);
            if (s != null && s.version().equals(version))
                return s.network();
            SupplyNetwork network = s != null && include.isEmpty() ? patched(s, version) : null;
            if (network == null)
                network = SupplyNetworkReader.read(store.dataset().getUnionGraph(), base, include);
            latest.put(include, new Snapshot(version, network));
            return network;
        }
    }

    /**
     * Past this many subjects written since the network kept, it is read afresh: looking each up costs more than a
     * read of the whole network of the curated data, and a large write is followed by a read anyway.
     */
    static final int PATCH_UP_TO = 2_000;

    /**
     * The supply-only network of {@code version} made from the one kept and what the commits in between wrote, when
     * those are known and few ({@link SupplyNetworkPatch}); else null.
     */
    private SupplyNetwork patched(Snapshot kept, DataVersion version) {
        if (kept.version().generation() != version.generation() || kept.version().version() >= version.version())
            return null;
        Set<org.apache.jena.graph.Node> written = org.alukg.inference.WrittenSubjects.writtenBetween(
            version.generation(), kept.version().version(), version.version());
        if (written == null || written.size() > PATCH_UP_TO)
            return null;
        SupplyNetwork network = SupplyNetworkPatch.apply(kept.network(), store.dataset().getUnionGraph(), written);
        if (network != null)
            PATCHED.incrementAndGet();
        return network;
    }

    /** How many networks were made by a patch in this JVM (for the tests). */
    static final java.util.concurrent.atomic.AtomicLong PATCHED = new java.util.concurrent.atomic.AtomicLong();
}
