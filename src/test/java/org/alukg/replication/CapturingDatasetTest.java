package org.alukg.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.alukg.ops.Compaction;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's capture on a real TDB2 store, without Kafka: each committed write becomes one patch that rebuilds the
 * same store elsewhere; an aborted one becomes none; the wrapper keeps TDB2's query engine, the union default graph and
 * compaction.
 */
class CapturingDatasetTest {
    @RegisterExtension static final Curated curated = Curated.fixture();
    @TempDir Path dir;
    private Store store, twin;
    private final List<byte[]> bodies = new ArrayList<>();

    @BeforeEach
    void open() {
        curated.storeAt(dir.resolve("writer"));
        curated.storeAt(dir.resolve("twin"));
        store = Store.tdb2(dir.resolve("writer"));
        twin = Store.tdb2(dir.resolve("twin"));
        TdbEngineForCapture.register();
        store.wrap(tdb -> new CapturingDataset(tdb, new ChangeRecorder((body, n) -> bodies.add(body)), () -> {}));
    }

    @AfterEach
    void close() {
        store.close();
        twin.close();
    }

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private long count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> ((Number) QueryExec.dataset(dsg).query(query).select().next()
                                                           .get("n").getLiteralValue()).longValue());
    }

    @Test
    void queriesRunOnTdb2WithTheUnionDefaultGraph() {
        long union = count(store.database(), COUNT);
        assertTrue(union > 0, "the fixture has triples in its named graphs");
        assertEquals(union, count(store.dataset(), COUNT), "the default graph is the union of the named graphs");
        assertInstanceOf(TdbEngineForCapture.class,
                         QueryEngineRegistry.get().find(QueryFactory.create(COUNT), store.dataset(), store.dataset().getContext()));
    }

    @Test
    void everyWayOfWritingBecomesAPatchThatRebuildsTheStore() {
        update("INSERT DATA { GRAPH <https://example.org/g1> { <https://example.org/a> <https://example.org/p> 1 , 2 } }");
        update("INSERT DATA { GRAPH <https://example.org/g2> { <https://example.org/b> <https://example.org/p> _:x } }");
        update("DELETE WHERE { GRAPH <https://example.org/g1> { ?s ?p 2 } }");
        update("DROP GRAPH <https://example.org/g2>");
        Txn.executeWrite(store.dataset(), () -> store.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI("https://example.org/g3"))
            .add(org.apache.jena.graph.NodeFactory.createURI("https://example.org/c"), org.apache.jena.graph.NodeFactory.createURI("https://example.org/p"),
                 org.apache.jena.graph.NodeFactory.createLiteralString("three")));
        update("CLEAR GRAPH <https://example.org/g3>");
        update("DROP ALL");
        update("INSERT DATA { GRAPH <https://example.org/g4> { <https://example.org/d> <https://example.org/p> 4 } }");
        assertEquals(8, bodies.size(), "one patch per committed write");

        for (byte[] body : bodies)
            apply(twin.database(), body);
        assertEquals(quads(store.database()), quads(twin.database()), "the patches rebuild the writer's store quad for quad");
        assertEquals(1, quads(twin.database()).size());
    }

    @Test
    void anAbortedWriteBecomesNoPatch() {
        long before = count(store.dataset(), COUNT);
        assertThrows(IllegalStateException.class, () -> Txn.executeWrite(store.dataset(), () -> {
            store.dataset().add(Quad.create(org.apache.jena.graph.NodeFactory.createURI("https://example.org/g"),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/s"), org.apache.jena.graph.NodeFactory.createURI("https://example.org/p"),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/o")));
            throw new IllegalStateException("refused");
        }));
        Txn.executeWrite(store.dataset(), () -> {});
        assertEquals(List.of(), bodies, "neither the aborted write nor an empty one is a change");
        assertEquals(before, count(store.dataset(), COUNT));
    }

    @Test
    void theWrappedStoreCompactsAndStillAnswers() {
        update("INSERT DATA { GRAPH <https://example.org/g1> { <https://example.org/a> <https://example.org/p> 1 } }");
        long before = count(store.dataset(), COUNT);
        String version = store.version().toString();
        Compaction.compact(store);
        assertNotEquals(version, store.version().toString(), "compaction starts a new generation");
        assertEquals(before, count(store.dataset(), COUNT));
        update("INSERT DATA { GRAPH <https://example.org/g1> { <https://example.org/a> <https://example.org/p> 2 } }");
        assertEquals(2, bodies.size(), "writes after the compaction are still recorded");
    }

    private void update(String text) { Txn.executeWrite(store.dataset(), () -> UpdateExec.dataset(store.dataset()).update(text).execute()); }

    static void apply(DatasetGraph db, byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(PatchWriter.message(1, body)))) {
            RDFPatch patch = RDFPatchOps.read(in);
            Txn.executeWrite(db, () -> patch.apply(new RDFChangesExternalTxn(new RDFChangesApply(db))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<Quad> quads(DatasetGraph db) {
        return Txn.calculateRead(db, () -> {
            Set<Quad> all = new HashSet<>();
            db.find().forEachRemaining(q -> { if (!ReplicationGraph.GRAPH.equals(q.getGraph())) all.add(q); });
            return all;
        });
    }
}
