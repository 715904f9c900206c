package org.alukg.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.alukg.config.Settings;
import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportOptions;
import org.alukg.ingest.ImportSource;
import org.alukg.ingest.Imports;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction on a running server: queries running meanwhile all answer, and answer right; the space of replaced data
 * is given back; the trace snapshot and the dumps answer as before and follow the next change. The admin endpoints
 * need credentials, and a read-only server refuses them. The automatic compaction starts when the store outgrows its
 * multiple.
 */
class CompactionTest {
    @RegisterExtension static final Curated curated = Curated.project();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String TRACE = "/api/trace?from=site/becancour&direction=downstream&depth=3";
    @TempDir Path dir;

    @Test
    void compactionWhileQueriesRunLosesNoneFreesTheSpaceAndKeepsTraceAndDumpsRight() throws Exception {
        TestServer server = curated.server(Admin.settings(dir.resolve("backups")));
        long sizeWithOneImport = 0;
        for (int round = 0; round < 3; round++) { // each round replaces the last: TDB2 keeps the space of every one
            replaceBloat(server.store, round);
            if (round == 0)
                sizeWithOneImport = server.store.sizeOnDisk();
        }
        String count = server.sparql(COUNT, "text/csv").body();
        String trace = server.get(TRACE, "application/json").body();
        DatasetGraph dump = dump(server);
        long sizeBefore = server.store.sizeOnDisk();

        AtomicBoolean compacting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread reader = new Thread(() -> {
                while (compacting.get()) {
                    try {
                        HttpResponse<String> r = server.sparql(COUNT, "text/csv");
                        answers.add(r.statusCode() + " " + r.body());
                    } catch (Exception e) {
                        answers.add("failed: " + e);
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        HttpResponse<String> compacted;
        try {
            compacted = Admin.post(server, "/$/compact");
        } finally {
            compacting.set(false);
            for (Thread r : readers)
                r.join();
        }
        assertEquals(200, compacted.statusCode(), compacted.body());
        JsonNode sizes = Admin.json(compacted);
        assertEquals(sizeBefore, sizes.get("bytesBefore").asLong());
        assertEquals(server.store.sizeOnDisk(), sizes.get("bytesAfter").asLong());
        assertTrue(sizeBefore > sizeWithOneImport, "the replaced imports grew the store: " + sizeBefore);
        assertTrue(sizes.get("bytesAfter").asLong() <= sizeWithOneImport,
                   "the replaced imports' space is given back: " + sizes + ", " + sizeWithOneImport + " with one import");
        assertTrue(!sizes.get("versionBefore").asText().equals(sizes.get("versionAfter").asText()), sizes.toString());
        assertTrue(!answers.isEmpty(), "queries ran while the store was compacted");
        for (String a : answers)
            assertEquals("200 " + count, a, "every query during the compaction answers, and right");

        assertEquals(count, server.sparql(COUNT, "text/csv").body(), "the union of the graphs is still the default graph");
        assertEquals(trace, server.get(TRACE, "application/json").body(), "the trace answers as before");
        assertSameDataset(dump, dump(server));
        try (var files = Files.list(server.store.files())) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("Data-")).count(), "the old generation is removed");
        }

        // The next change is seen by the trace snapshot and the dumps made after the compaction.
        HttpResponse<String> example = Admin.post(server, "/api/imports?name=example", "text/csv",
                                                  Files.readAllBytes(Path.of("docs/import/example-inventory.csv")),
                                                  Admin.USER + ":" + Admin.PASSWORD);
        assertEquals(201, example.statusCode(), example.body());
        HttpResponse<String> traced = server.get("/api/trace?from=org/example-extrusions-saguenay&direction=downstream&depth=1",
                                                 "application/json");
        assertEquals(200, traced.statusCode(), traced.body());
        assertTrue(traced.body().contains("https://w3id.org/alukg/id/org/example-remorques-beauce"), traced.body());
        assertTrue(dump(server).getGraph(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/alukg/graph/import/example"))
                       .size() > 0, "the dump holds the import made after the compaction");
    }

    @Test
    void theAdminEndpointsNeedCredentialsAndAReadOnlyServerRefusesThem() throws Exception {
        Path backups = dir.resolve("backups");
        TestServer readOnly = curated.server(Settings.defaults().withServer(org.alukg.config.ServerConfig.defaults().withPort(0))
                                                     .withOperations(org.alukg.config.Operations.defaults().withBackupFolder(backups)));
        long quads = Admin.quads(readOnly.store);
        long size = readOnly.store.sizeOnDisk();
        for (String path : List.of("/$/backup", "/$/compact")) {
            HttpResponse<String> r = Admin.post(readOnly, path, null, new byte[0], null);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("writes are off: this server was started without --user (read-only)"), r.body());
        }
        assertEquals(quads, Admin.quads(readOnly.store));
        assertEquals(size, readOnly.store.sizeOnDisk(), "nothing compacted");
        assertTrue(!Files.exists(backups), "no backup written");

        TestServer writable = curated.server(Admin.settings(backups));
        for (String path : List.of("/$/backup", "/$/compact")) {
            HttpResponse<String> anonymous = Admin.post(writable, path, null, new byte[0], null);
            assertEquals(401, anonymous.statusCode(), path);
            assertTrue(anonymous.body().contains("credentials required"), anonymous.body());
            HttpResponse<String> wrong = Admin.post(writable, path, null, new byte[0], Admin.USER + ":wrong");
            assertEquals(401, wrong.statusCode(), path);
            assertTrue(wrong.body().contains("credentials refused: wrong user or password"), wrong.body());
        }
        HttpResponse<String> put = writable.http.send(writable.request("/$/backup").PUT(HttpRequest.BodyPublishers.noBody()).build(),
                                                      HttpResponse.BodyHandlers.ofString());
        assertEquals(405, put.statusCode());
        assertTrue(put.body().contains("server-control paths answer GET and HEAD only (POST on /$/backup and /$/compact): PUT /$/backup"),
                   put.body());
        assertTrue(!Files.exists(backups), "no backup written");
        assertEquals(quads, Admin.quads(writable.store));
    }

    @Test
    void theStoreIsCompactedByItselfWhenItOutgrowsItsMultiple() throws Exception {
        // A multiple of 1: the first replace that grows the files crosses it. (A larger multiple is the same check; on
        // the curated store, twice its size on disk takes dozens of replaces of this size to reach.)
        Store store = curated.copy();
        AutoCompaction auto = new AutoCompaction(store, 1);
        assertTrue(auto.check().isEmpty(), "the first check takes the baseline");
        long baseline = store.sizeOnDisk();
        boolean compacted = false;
        for (int round = 0; round < 20 && !compacted; round++) {
            replaceBloat(store, round);
            long size = store.sizeOnDisk();
            var done = auto.check();
            assertEquals(size > baseline, done.isPresent(), "compacted exactly when over the baseline: " + size + " / " + baseline);
            compacted = done.isPresent();
        }
        assertTrue(compacted, "the replaced imports outgrew the baseline and the store was compacted");
        assertTrue(store.sizeOnDisk() <= 2 * baseline, store.sizeOnDisk() + " after compaction, baseline " + baseline);
        assertEquals(20_000, store.read(() -> store.dataset().getGraph(
            org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/alukg/graph/import/bloat")).size()));
        assertTrue(auto.check().isEmpty(), "nothing changed since: no compaction");
        replaceBloat(store, 100);
        long grown = store.sizeOnDisk();
        AutoCompaction twice = new AutoCompaction(store, 2);
        assertTrue(twice.check().isEmpty(), "the first check takes the baseline");
        replaceBloat(store, 101);
        assertEquals(store.sizeOnDisk() > 2 * grown, twice.check().isPresent(), "a multiple of 2 waits for twice the baseline");
        assertTrue(new AutoCompaction(store, 0).check().isEmpty(), "a multiple of 0 never compacts");
    }

    /**
     * Replaces the import "bloat" with 20,000 triples of its own for this round, through the gate but without SHACL (they
     * are nothing any shape targets): what makes TDB2 grow is the replacing.
     */
    private static void replaceBloat(Store store, int round) {
        byte[] body = Admin.triples("round" + round, 20_000);
        ImportOptions replace = ImportOptions.defaults("test").withName("bloat").withReplace(true).withValidate(false);
        var reports = new Imports(store, ImportFormats.standard())
            .run(new ImportSource("bloat.nt", new ByteArrayInputStream(body), body.length, null), replace);
        assertEquals(round == 0 ? "imported" : "replaced", reports.get(0).status(), reports.toString());
    }

    private static DatasetGraph dump(TestServer server) throws Exception {
        HttpResponse<byte[]> r = server.bytes("/dumps/alukg.nq.gz");
        assertEquals(200, r.statusCode());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(Lang.NQUADS).parse(dsg);
        return dsg;
    }

    private static void assertSameDataset(DatasetGraph expected, DatasetGraph actual) {
        List<String> names = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        List<String> actualNames = new ArrayList<>();
        actual.listGraphNodes().forEachRemaining(g -> actualNames.add(g.getURI()));
        assertEquals(names.stream().sorted().toList(), actualNames.stream().sorted().toList(), "the dump has the same graphs");
        for (String g : names) {
            Graph e = expected.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            Graph a = actual.getGraph(org.apache.jena.graph.NodeFactory.createURI(g));
            assertTrue(e.isIsomorphicWith(a), "the dump's graph " + g + " is as before");
        }
    }

}
