package org.alukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alukg.config.ServerConfig;
import org.alukg.server.ServerFile;
import org.alukg.store.Locations;
import org.alukg.store.Store;
import org.alukg.testing.AlukgProcess;
import org.alukg.testing.Cli;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The command line beside a running server: `alukg serve` runs as a process of its own on a TDB2 store, which TDB2
 * then locks for it, and the commands, run in this JVM, find it by the file it wrote into the store's folder and work
 * through its HTTP API, printing what they print when they open the store themselves. Without a server (or beside a
 * stale file) they open the store; a store locked by a process that is no server gets one line saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class BesideServerTest {
    private static final String PASSWORD = "beside-password";
    /** The server's user is the one a local import records, so that both list the same imports. */
    private static final String USER = System.getProperty("user.name");
    private static final Map<String, String> CREDENTIALS = Map.of("ALUKG_PASSWORD", PASSWORD);
    private static final String SPARQL_COUNT = "PREFIX alu: <https://w3id.org/alukg/ontology#> "
        + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a alu:Smelter FILTER NOT EXISTS { ?s alu:closedIn ?y } }";
    private static final String CONSTRUCT = "PREFIX alu: <https://w3id.org/alukg/ontology#> CONSTRUCT { ?s a alu:Smelter ; "
        + "alu:operator ?o } WHERE { ?s a alu:Smelter ; alu:operator ?o }";
    /** Refused as it runs, by the property function: the same line from the store and from the server. */
    private static final String TRACE_PATH_TOO_LONG = "PREFIX alu: <https://w3id.org/alukg/ontology#> SELECT * { "
        + "(?path ?step ?node) alu:tracePath (<https://w3id.org/alukg/id/site/alma> <https://w3id.org/alukg/id/org/rio-tinto> 99) }";

    @RegisterExtension final Curated curated = Curated.project();
    Path home, db, inventory;
    Process server;
    String url;

    @BeforeAll
    void store(@TempDir Path dir) throws IOException {
        home = dir;
        ContentTree.PROJECT.copyTo(home);
        inventory = Files.createDirectories(home.resolve("docs/import")).resolve("example-inventory.csv");
        Files.copy(Path.of("docs/import/example-inventory.csv"), inventory);
        db = home.resolve(Locations.DEFAULT_DB);
        curated.storeAt(db);
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.destroyForcibly();
    }

    /** The commands of the walk-through and more, in an order that leaves the store as it was. */
    private List<String[]> commands() {
        return List.of(
            args("query", "smelters", "--format", "csv", "--param", "region=region/cote-nord",
                 "--param", "region=region/centre-du-quebec"),
            args("query", "smelters"),
            args("query", SPARQL_COUNT),
            args("query", SPARQL_COUNT, "--format", "json"),
            args("query", "ASK { ?s ?p ?o }"),
            args("query", CONSTRUCT),
            args("query", CONSTRUCT, "--format", "jsonld"),
            args("query", CONSTRUCT, "--format", "ntriples"),
            args("query", TRACE_PATH_TOO_LONG),
            args("queries"),
            args("trace", "site/alma", "--downstream", "--depth", "3"),
            args("trace", "site/alma", "--downstream", "--depth", "3", "--format", "svg"),
            args("trace", "site/alouette", "--to", "org/fjordal", "--max-length", "3"),
            args("import", inventory.toString()),
            args("import", inventory.toString()),
            args("imports", "list"),
            args("imports", "delete", "example-inventory-csv"),
            args("imports", "list"),
            args("query", "no-such-query"),
            args("trace", "site/nowhere"),
            args("imports", "delete", "no-such-import"),
            args("search", "becancour"),
            args("search", "l'aluminerie", "--kind", "site", "--lang", "fr", "--format", "json"),
            args("search", "alma", "--kind", "smelter"));
    }

    private String[] args(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--home", home.toString())).toArray(String[]::new);
    }

    /** What a run printed, without what changes from one run to the next: the seconds an import took, and when. */
    private static String steady(String out) {
        return out.replaceAll("\\d+\\.\\d s\\n", "N s\n").replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "TIME");
    }

    @Test
    @Order(1)
    void everyCommandPrintsTheSameBesideTheServer() throws Exception {
        // a file left by a server that is gone: ignored by the commands, replaced by the next server
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(ServerFile.of(db), "{\"url\":\"http://127.0.0.1:9\",\"pid\":" + gone.pid() + ",\"writable\":true}");

        List<Cli.Run> alone = new ArrayList<>();
        for (String[] c : commands())
            alone.add(Cli.run(CREDENTIALS, c));
        release();

        startServer();
        ServerFile file = ServerFile.read(db).orElseThrow();
        assertEquals(server.pid(), file.pid(), "the server replaced the stale file");
        assertEquals(url, file.url());
        assertTrue(file.writable());
        assertEquals(USER, file.user());

        List<String[]> commands = commands();
        for (int i = 0; i < commands.size(); i++) {
            String what = String.join(" ", commands.get(i));
            Cli.Run beside = Cli.run(CREDENTIALS, commands.get(i));
            assertEquals(alone.get(i).code(), beside.code(), what + ": " + beside.err());
            assertEquals(steady(alone.get(i).out()), steady(beside.out()), what);
            if (!commands.get(i)[0].equals("import")) // the import alone writes its progress there too
                assertEquals(alone.get(i).err(), beside.err(), what);
        }
        assertTrue(alone.get(0).out().startsWith("smelter,name,"), alone.get(0).out());
        assertTrue(alone.get(6).out().contains("\"@context\""), alone.get(6).out());
        assertTrue(alone.get(8).err().startsWith("alukg: query cannot run: "), alone.get(8).err());
        assertTrue(alone.get(11).out().contains("<svg"), "the trace as a picture");
        assertTrue(alone.get(13).out().startsWith("example-inventory.csv: imported as example-inventory-csv"), alone.get(13).out());
        assertEquals("example-inventory.csv: unchanged: already imported as example-inventory-csv (same SHA-256)\n",
                     alone.get(14).out());
        assertEquals("alukg: no such import: no-such-import\n", alone.get(20).err());
        assertEquals(1, alone.get(20).code());
        assertTrue(alone.get(21).out().startsWith("site/becancour"), alone.get(21).out());
        assertTrue(alone.get(22).out().contains("\"label\" : \"Aluminerie de Bécancour\""), alone.get(22).out());
        assertEquals("alukg: kind must be one of org, site, product, region, industry: smelter\n", alone.get(23).err());
        assertEquals(1, alone.get(23).code());
    }

    @Test
    @Order(2)
    void aWriteWithoutThePasswordIsRefusedInOneLine() {
        String before = Cli.run(CREDENTIALS, args("query", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).out();

        Cli.Run none = Cli.run(Map.of(), args("import", inventory.toString()));
        assertEquals(AlukgCommand.REFUSED, none.code());
        assertEquals("", none.out());
        assertEquals("alukg: credentials required to write through the alukg server at " + url
                     + ": set ALUKG_PASSWORD to the password of its user " + USER + "\n", none.err());

        Cli.Run wrong = Cli.run(Map.of("ALUKG_PASSWORD", "not-it"), args("import", inventory.toString()));
        assertEquals(AlukgCommand.REFUSED, wrong.code());
        assertEquals("alukg: credentials refused: wrong user or password\n", wrong.err());

        Cli.Run delete = Cli.run(Map.of(), args("imports", "delete", "example-inventory-csv"));
        assertEquals(AlukgCommand.REFUSED, delete.code());
        assertTrue(delete.err().startsWith("alukg: credentials required to write through"), delete.err());

        assertEquals(before, Cli.run(CREDENTIALS, args("query", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).out(),
                     "the store is unchanged");
        assertTrue(Cli.run(CREDENTIALS, args("imports", "list")).out().startsWith("no imports in TDB2 "));
    }

    @Test
    @Order(3)
    void stoppingTheServerRemovesItsFile() throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(server.pid())).start().waitFor();
        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "stops after SIGTERM");
        assertEquals(0, server.exitValue());
        assertFalse(Files.exists(ServerFile.of(db)), "no server file after the server stopped");
        Cli.Run alone = Cli.run(args("imports", "list"));
        assertEquals(0, alone.code(), alone.err());
        release();
    }

    @Test
    @Order(4)
    void aStoreHeldByAnotherProcessIsNamedInOneLine() throws Exception {
        // another command holds the store: an import waiting for its standard input
        Process holder = new ProcessBuilder(AlukgProcess.command("import", "-", "--format", "turtle", "--home", home.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            holder.getOutputStream().write("@prefix ex: <http://example.org/> .\n".getBytes(StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            // It holds the store from its start, while it reads its input (the whole input is read before it is parsed).
            Path lock = db.resolve("tdb.lock");
            String pid = Long.toString(holder.pid());
            for (int i = 0; i < 600 && !(Files.exists(lock) && Files.readString(lock).strip().equals(pid)); i++)
                Thread.sleep(100);
            assertEquals(pid, Files.readString(lock).strip(), "the import holds the store");
            String expected = "alukg: the store " + db + " is in use by another process (pid " + holder.pid()
                              + ") that is not an alukg server answering here: stop it, or use --db DIR\n";

            Cli.Run query = Cli.run(args("query", "smelters"));
            assertEquals(AlukgCommand.REFUSED, query.code(), query.err());
            assertEquals("", query.out());
            assertEquals(expected, query.err());

            // a server file naming that process, where nothing answers: the same
            Files.writeString(ServerFile.of(db), "{\"url\":\"http://127.0.0.1:9\",\"pid\":" + holder.pid() + ",\"writable\":true}");
            Cli.Run list = Cli.run(args("imports", "list"));
            assertEquals(AlukgCommand.REFUSED, list.code());
            assertEquals(expected, list.err());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the import ends with its input");
            holder.destroyForcibly();
        }
    }

    @Test
    @Order(5)
    void aReadOnlyServerRefusesWritesAndASecondServeInOneLine(@TempDir Path other) {
        Path db2 = other.resolve("db");
        curated.storeAt(db2);
        TestServer readOnly = curated.serverAt(db2, ServerConfig.defaults().withPort(0), new Locations(db2, false, home));
        String[] list = {"imports", "list", "--db", db2.toString(), "--home", home.toString()};
        String before = Cli.run(list).out();

        Cli.Run write = Cli.run(CREDENTIALS, "import", inventory.toString(), "--db", db2.toString(), "--home", home.toString());
        assertEquals(AlukgCommand.REFUSED, write.code());
        assertEquals("", write.out());
        assertEquals("alukg: writes are off: the alukg server at " + readOnly.url() + " holds the store read-only (started "
                     + "without --user): restart it with --user, or stop it to write to the store directly\n", write.err());
        assertEquals(before, Cli.run(list).out(), "the store is unchanged");

        Cli.Run serve = Cli.run("serve", "--port", "0", "--db", db2.toString(), "--home", home.toString());
        assertEquals(AlukgCommand.REFUSED, serve.code());
        assertEquals("alukg: the store " + db2 + " is held by the alukg server at " + readOnly.url() + " (pid "
                     + ProcessHandle.current().pid() + "): stop it first, or use --db DIR\n", serve.err());
    }

    private void startServer() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(AlukgProcess.command("serve", "--port", "0", "--home", home.toString(),
                                                                    "--user", USER))
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ALUKG_PASSWORD", PASSWORD);
        server = pb.start();
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        Matcher m = Pattern.compile("SPARQL (http://127\\.0\\.0\\.1:\\d+)/cluster/sparql").matcher(String.valueOf(line));
        assertTrue(m.find(), "start-up line: " + line);
        url = m.group(1);
    }

    /** Lets go of the store this JVM opened for the commands, as their process would on exit. */
    private void release() {
        Store st = Store.tdb2(db);
        st.closeAndRelease();
    }
}
