package org.alukg.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportProvenance;
import org.alukg.ingest.Imports;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken while imports commit one after another each restore to a state the store was in: some first imports,
 * each whole with its provenance, and none of the later ones — never half an import, never a graph without its record.
 */
class BackupDuringImportsTest {
    @RegisterExtension static final Curated curated = Curated.project();
    private static final int IMPORTS = 5, TRIPLES = 1_000;
    private static final String CURATED = "https://w3id.org/alukg/graph/curated";
    @TempDir Path dir;

    @Test
    void aBackupDuringImportsRestoresToAStateThatExisted() throws Exception {
        var settings = Admin.settings(dir.resolve("backups"));
        TestServer server = curated.server(settings.withOperations(settings.operations().withKeepBackups(0)));
        AtomicBoolean importing = new AtomicBoolean(true);
        List<String> failures = new ArrayList<>();
        Thread importer = new Thread(() -> {
            try {
                for (int i = 0; i < IMPORTS; i++) {
                    HttpResponse<String> r = Admin.importTriples(server, "batch-" + i, Admin.triples("batch-" + i, TRIPLES));
                    if (r.statusCode() != 201)
                        failures.add(r.statusCode() + " " + r.body());
                }
            } catch (Exception e) {
                failures.add(e.toString());
            } finally {
                importing.set(false);
            }
        });
        importer.start();
        List<Path> backups = new ArrayList<>();
        while (importing.get()) {
            var version = server.store.version();
            HttpResponse<String> r = Admin.post(server, "/$/backup");
            assertEquals(200, r.statusCode(), r.body());
            backups.add(dir.resolve("backups").resolve(Admin.json(r).get("file").asText()));
            while (importing.get() && server.store.version().equals(version)) // the next backup after the next commit
                Thread.sleep(20);
        }
        importer.join();
        assertEquals(List.of(), failures, "every import went through");
        assertTrue(!backups.isEmpty(), "backups were taken while the imports ran");
        HttpResponse<String> last = Admin.post(server, "/$/backup");
        backups.add(dir.resolve("backups").resolve(Admin.json(last).get("file").asText()));

        org.apache.jena.graph.Graph curatedGraph = Admin.graphs(server.store).get(CURATED);
        List<Integer> seen = new ArrayList<>();
        for (Path backup : backups) {
            try (Store restored = Store.tdb2(dir.resolve("restored-" + backup.getFileName()))) {
                Restore.into(restored, backup, false);
                List<ImportProvenance> imports = new Imports(restored, ImportFormats.standard()).list();
                int n = imports.size();
                for (int i = 0; i < IMPORTS; i++) {
                    String g = "https://w3id.org/alukg/graph/import/batch-" + i;
                    long size = restored.read(() -> restored.dataset().getGraph(NodeFactory.createURI(g)).size());
                    assertEquals(i < n ? TRIPLES : 0, size, backup + ": batch-" + i + " is whole or absent, as its record says");
                }
                for (ImportProvenance p : imports) {
                    assertEquals(TRIPLES, p.tripleCount(), backup + ": " + p.id());
                    assertTrue(Integer.parseInt(p.id().substring("batch-".length())) < n,
                               backup + ": the imports in it are the first ones, in the order they committed: " + p.id());
                }
                assertTrue(curatedGraph.isIsomorphicWith(Admin.graphs(restored).get(CURATED)), backup + ": the curated graph is whole");
                seen.add(n);
            }
        }
        assertEquals(IMPORTS, seen.get(seen.size() - 1), "the last backup holds every import: " + seen);
        for (int i = 1; i < seen.size(); i++)
            assertTrue(seen.get(i) >= seen.get(i - 1), "later backups hold as many imports or more: " + seen);
    }
}
