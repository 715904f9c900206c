package org.alukg.search;

import java.util.List;

import org.alukg.http.BackgroundBuild;
import org.alukg.store.Store;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over a store: the {@link SearchIndex} of the data the caller sees, made once per {@link Store#version() data
 * version} and shared until the data changes. No write path has to tell the index anything: an import, a SPARQL
 * update, a Graph Store PUT or DROP, a restore, a compaction or a replica's apply all make a new data version, and
 * the next search makes the index of that version (or waits for the one being made). Inside a caller's read
 * transaction the index of that transaction's version is given; inside a write transaction, whose view may hold
 * changes not yet committed, an index is made for that one caller and not kept.
 */
public final class SearchService {
    /** The servlet-context attribute that holds the search service of a server. */
    public static final String ATTRIBUTE = SearchService.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);


    private final Store store;
    private final String base;
    private final org.alukg.store.PerVersion<SearchIndex> latest = new org.alukg.store.PerVersion<>();
    private final BackgroundBuild building = new BackgroundBuild("alukg-search-index");

    public SearchService(Store store, String base) {
        this.store = store;
        this.base = base;
    }

    /** The things that match {@code r} in the data this thread sees, best first. */
    public List<Hit> search(SearchRequest r) { return current().search(r); }

    /** The index of the data this thread sees. */
    SearchIndex current() {
        DatasetGraph dsg = store.dataset();
        if (!dsg.isInTransaction())
            return store.read(this::ofThisTransaction);
        if (dsg.transactionMode() == ReadWrite.WRITE)
            return build();
        return ofThisTransaction();
    }

    /**
     * True when the index of the latest committed version is made; when it is not, starts making it on a background
     * thread (one at a time) and answers false at once.
     */
    public boolean readyOrBuilding() {
        if (latest.isFor(store.version()))
            return true;
        building.start(() -> {
            if (store.isOpen())
                current();
        });
        return false;
    }

    private SearchIndex ofThisTransaction() {
        return latest.get(store.version(), this::build);
    }

    /** The index of the union graph of the current transaction, timed in the log (at DEBUG). */
    private SearchIndex build() {
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.of(ThingReader.read(store.dataset().getUnionGraph(), base));
        LOG.debug("search index made: {} things in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
