package org.alukg.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.alukg.query.Catalog;
import org.alukg.query.NamedQuery;
import org.alukg.query.Parameter;
import org.alukg.store.Store;
import org.alukg.testing.Cli;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken from a running server restores to a store equal to the original graph by graph, on which the named
 * queries, the VoID counts and the import list answer as before; a truncated, altered or foreign file is refused with
 * nothing written; the backups in a folder can be listed and pruned.
 */
class BackupRestoreTest {
    @RegisterExtension static final Curated curated = Curated.project();
    @TempDir Path dir;

    @Test
    void aRestoredStoreEqualsTheOriginalGraphByGraphAndAnswersAsBefore() throws Exception {
        TestServer original = curated.server(Admin.settings(dir.resolve("backups")));
        HttpResponse<String> imported = Admin.post(original, "/api/imports?name=example", "text/csv",
                                                   Files.readAllBytes(Path.of("docs/import/example-inventory.csv")),
                                                   Admin.USER + ":" + Admin.PASSWORD);
        assertEquals(201, imported.statusCode(), imported.body());
        Map<String, String> before = answers(original);

        HttpResponse<String> taken = Admin.post(original, "/$/backup");
        assertEquals(200, taken.statusCode(), taken.body());
        JsonNode body = Admin.json(taken);
        Path file = dir.resolve("backups").resolve(body.get("file").asText());
        assertEquals(file.getFileName().toString(), body.get("file").asText(), "the answer names the file, not a path of the server");
        assertEquals(dir.resolve("backups"), file.getParent(), "the backup is in the configured folder");
        JsonNode manifest = body.get("manifest");
        Map<String, Graph> graphs = Admin.graphs(original.store);
        assertEquals(Admin.quads(original.store), manifest.get("quads").asLong());
        for (String g : List.of("https://w3id.org/alukg/graph/curated", "https://w3id.org/alukg/graph/ontology",
                                "https://w3id.org/alukg/graph/shapes", "https://w3id.org/alukg/graph/meta",
                                "https://w3id.org/alukg/graph/import/example"))
            assertEquals(graphs.get(g).size(), manifest.path("graphs").path(g).asLong(), "quads of " + g + " in the manifest");
        assertEquals(64, manifest.get("sha256").asText().length());

        // Restored on the command line into a new store folder: the same graphs, graph by graph.
        Path restoredDb = dir.resolve("restored");
        Cli.Run restore = Cli.run("restore", file.toString(), "--db", restoredDb.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("restored " + file + " into TDB2 " + restoredDb), restore.out());
        try (Store restored = Store.tdb2(restoredDb)) {
            assertSameGraphs(graphs, Admin.graphs(restored));
        }

        // Restored into another running server's store (the curated content without the import), replacing it: that
        // server then answers every named query, the VoID counts and the import list as the original did.
        TestServer other = curated.server(Admin.settings(dir.resolve("other-backups")));
        assertFalse(answers(other).equals(before), "the other server lacks the import before the restore");
        Restore.into(other.store, file, true);
        assertEquals(before, answers(other));
    }

    @Test
    void aTruncatedAlteredOrForeignBackupIsRefusedAndNothingIsWritten() throws Exception {
        Path db = dir.resolve("db");
        Path good = curatedBackedUp(db, "good.nq.gz");
        byte[] bytes = Files.readAllBytes(good);

        Path truncated = dir.resolve("truncated.nq.gz");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String text = gunzip(bytes);
        Path altered = dir.resolve("altered.nq.gz");
        Files.write(altered, gzip(text.replaceFirst("\"Alma\"", "\"Almagne\"")));
        assertFalse(text.equals(text.replaceFirst("\"Alma\"", "\"Almagne\"")), "the alteration changes a quad");
        Path noManifest = dir.resolve("plain.nq.gz");
        Files.write(noManifest, gzip(text.substring(0, text.indexOf("# alukg-backup-manifest "))));
        Path moreQuads = dir.resolve("more.nq.gz");
        Files.write(moreQuads, gzip(text + "<urn:x:s> <urn:x:p> \"smuggled\" <urn:x:g> .\n"));

        Map<Path, String> why = new LinkedHashMap<>();
        why.put(truncated, "it is truncated or damaged");
        why.put(altered, "its SHA-256 ");
        why.put(noManifest, "it has no alukg manifest");
        why.put(moreQuads, "there is content after its manifest");
        for (Map.Entry<Path, String> bad : why.entrySet()) {
            // into an empty store
            Path empty = dir.resolve("empty-" + bad.getKey().getFileName());
            Cli.Run r = Cli.run("restore", bad.getKey().toString(), "--db", empty.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith("alukg: backup refused, nothing written: " + bad.getKey() + ": " + bad.getValue()), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertEquals(0, quadsIn(empty), "nothing written into " + empty);
            // over a store that holds data, even with --force
            long before = quadsIn(db);
            Cli.Run forced = Cli.run("restore", bad.getKey().toString(), "--db", db.toString(), "--force");
            assertEquals(1, forced.code(), forced.err());
            assertEquals(before, quadsIn(db), "the store is unchanged after " + bad.getKey());
        }
    }

    @Test
    void aStoreThatHoldsDataIsReplacedOnlyWithForce() throws Exception {
        Path db = dir.resolve("db");
        Path backup = curatedBackedUp(db, "b.nq.gz");
        long quads = quadsIn(db);
        Cli.Run refused = Cli.run("restore", backup.toString(), "--db", db.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("alukg: the store is not empty: TDB2 " + db), refused.err());
        assertEquals(quads, quadsIn(db));
        Cli.Run forced = Cli.run("restore", backup.toString(), "--db", db.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(quads, quadsIn(db));
        Cli.Run missing = Cli.run("restore", dir.resolve("nope.nq.gz").toString(), "--db", db.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("alukg: no such backup: " + dir.resolve("nope.nq.gz")), missing.err());
    }

    @Test
    void backupsAreListedNewestFirstAndPrunedToTheNewestN() throws Exception {
        Path db = dir.resolve("var/tdb2");
        curated.storeAt(db);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Cli.Run r = Cli.run("backup", "--db", db.toString());
            assertEquals(0, r.code(), r.err());
            written.add(r.out().substring("backup written: ".length(), r.out().indexOf(" (")));
        }
        for (String f : written)
            assertEquals(dir.resolve("var/backups"), Path.of(f).getParent(), "backups go beside the store: " + f);
        Cli.Run list = Cli.run("backups", "list", "--db", db.toString());
        assertEquals(0, list.code(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(3, lines.size(), list.out());
        for (int i = 0; i < 3; i++)
            assertTrue(lines.get(i).startsWith(written.get(2 - i) + "  "), "newest first: " + list.out());

        Cli.Run prune = Cli.run("backups", "prune", "--keep", "1", "--dir", dir.resolve("var/backups").toString());
        assertEquals(0, prune.code(), prune.err());
        assertTrue(prune.out().contains("deleted " + written.get(0)) && prune.out().contains("deleted " + written.get(1)), prune.out());
        assertTrue(Files.exists(Path.of(written.get(2))) && !Files.exists(Path.of(written.get(0))));
        Cli.Run none = Cli.run("backups", "prune", "--keep", "0", "--db", db.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("keep"), none.err());
        assertTrue(Files.exists(Path.of(written.get(2))), "a refused prune deletes nothing");
    }

    @Test
    void theServerKeepsTheNewestBackupsAndListsThem() throws Exception {
        var settings = Admin.settings(dir.resolve("kept"));
        TestServer server = curated.server(settings.withOperations(settings.operations().withKeepBackups(2)));
        List<String> taken = new ArrayList<>();
        List<String> pruned = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode r = Admin.json(Admin.post(server, "/$/backup"));
            taken.add(r.get("file").asText());
            r.get("pruned").forEach(f -> pruned.add(f.asText()));
        }
        assertEquals(List.of(taken.get(0)), pruned, "the third backup prunes the first");
        HttpResponse<String> list = server.get("/$/backup", "Authorization", Admin.basic(Admin.USER + ":" + Admin.PASSWORD));
        assertEquals(200, list.statusCode(), list.body());
        List<String> listed = new ArrayList<>();
        Admin.JSON.readTree(list.body()).forEach(e -> listed.add(e.get("file").asText()));
        assertEquals(List.of(taken.get(2), taken.get(1)), listed, "newest first");
        assertEquals(401, server.get("/$/backup").statusCode(), "the list needs credentials too");
    }

    /** The curated store in the folder {@code db}, backed up with {@code alukg backup --to} into {@code name}. */
    private Path curatedBackedUp(Path db, String name) {
        curated.storeAt(db);
        Path backup = dir.resolve(name);
        Cli.Run r = Cli.run("backup", "--db", db.toString(), "--to", backup.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("backup written: " + backup + " ("), r.out());
        return backup;
    }

    /** The answers a user compares: every named query that needs no parameter, the VoID counts, the import list. */
    private static Map<String, String> answers(TestServer server) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (NamedQuery q : Catalog.read(Path.of("queries")).all()) {
            if (q.parameters().stream().anyMatch(Parameter::required))
                continue;
            HttpResponse<String> r = server.get("/api/queries/" + q.name() + "?format=csv&per_page=10000");
            assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
            out.put(q.name(), r.body());
        }
        out.put("void", voidCounts(server.get("/void", "text/turtle").body()));
        JsonNode imports = Admin.JSON.readTree(server.get("/api/imports").body());
        out.put("imports", imports.toString());
        return out;
    }

    /** The VoID counts of the dataset description, one line each, sorted. */
    private static String voidCounts(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        List<String> lines = new ArrayList<>();
        for (Statement s : m.listStatements().toList())
            if (s.getPredicate().getURI().startsWith("http://rdfs.org/ns/void#") && s.getObject().isLiteral())
                lines.add(s.getSubject() + " " + s.getPredicate().getLocalName() + " " + s.getLiteral().getLexicalForm());
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same named graphs");
        for (String g : expected.keySet())
            assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), "graph " + g + " is restored as it was");
    }

    private static long quadsIn(Path db) {
        if (!Files.exists(db))
            return 0;
        long n;
        try (Store s = Store.tdb2(db)) {
            n = Admin.quads(s);
        }
        return n;
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
