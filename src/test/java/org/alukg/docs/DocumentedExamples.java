package org.alukg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.alukg.config.Operations;
import org.alukg.config.ServerConfig;
import org.alukg.server.ServerFile;
import org.alukg.config.Settings;
import org.alukg.store.Locations;
import org.alukg.testing.AlukgProcess;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of some documents as a user would, and compares their output with the block that follows, so the
 * documentation stays true. An example is a ```sh block that starts with {@code curl}, {@code alukg} or
 * {@code java -jar target/alukg.jar}; its expected output, if shown, is the plain ``` block right after it. Examples
 * run in order, in a scratch copy of the project (so files they write land there), with one real server running on
 * the scratch copy's default store ({@code var/tdb2}, holding the curated content as {@code alukg serve} leaves it
 * after its first start), started with the documented credentials: user {@code admin}, password in
 * {@code ALUKG_PASSWORD}, writing its backups to the scratch copy's {@code var/backups}. So the commands run as the documents say, "with the server running": the curl examples talk
 * to it, and the alukg commands find it beside their store and work through it. Each subclass runs its documents with
 * a scratch copy and a server of its own, side by side with the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentedExamples {
    static final String DOC_URL = "http://127.0.0.1:3030";
    static final String PASSWORD = "readme-example-password";
    @RegisterExtension final Curated curated = Curated.project();
    TestServer server;
    Path scratch;

    /** The documents whose examples this class runs, in order. */
    abstract List<Path> documents() throws IOException;

    @BeforeAll
    void start(@TempDir Path scratchCopy) throws Exception {
        scratch = scratchCopy;
        prepare();
    }

    /** The address the documents' {@code http://127.0.0.1:3030} stands for. */
    String url() { return server.url(); }

    /** Fills the scratch folder and starts the server the examples run against. */
    void prepare() throws Exception {
        ContentTree.PROJECT.copyTo(scratch);
        ContentTree.copyFolder(Path.of("docs"), scratch.resolve("docs"));
        Path db = scratch.resolve(Locations.DEFAULT_DB);
        curated.storeAt(db);
        // Backups the examples take over HTTP land in the scratch copy's var/backups, as they would beside var/tdb2.
        server = curated.serverAt(db, Settings.defaults().withServer(ServerConfig.defaults().withPort(0).withCredentials("admin", PASSWORD))
                                              .withOperations(Operations.defaults().withBackupFolder(scratch.resolve("var/backups"))),
                                  new Locations(db, false, scratch));
        assertEquals(server.url(), ServerFile.read(db).orElseThrow().url(), "the server runs on the store the commands find");
    }

    record Example(String file, int line, String script, String expected) {}

    @TestFactory
    Stream<DynamicTest> everyExampleAnswersAsDocumented() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<Path> docs = documents();
        for (Path doc : docs)
            examples.addAll(examples(doc));
        assertFalse(examples.isEmpty(), docs + " have examples");
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ":" + e.line(), () -> check(e)));
    }

    static List<Example> examples(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```sh"))
                continue;
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```"))
                end++;
            String script = String.join("\n", lines.subList(start, end));
            i = end;
            if (!(script.startsWith("curl ") || script.startsWith("alukg ") || script.startsWith("java -jar target/alukg.jar ")))
                continue;
            int next = end + 1;
            while (next < lines.size() && lines.get(next).isBlank())
                next++;
            String expected = null;
            if (next < lines.size() && lines.get(next).strip().equals("```")) {
                int stop = next + 1;
                while (stop < lines.size() && !lines.get(stop).strip().equals("```"))
                    stop++;
                expected = String.join("\n", lines.subList(next + 1, stop));
            }
            found.add(new Example(doc.toString(), start, script, expected));
        }
        return found;
    }

    void check(Example e) throws Exception {
        String alukg = String.join(" ", AlukgProcess.command().stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        String prelude = "set -eo pipefail\nalukg() { " + alukg + " \"$@\"; }\n";
        String script = e.script().replace("java -jar target/alukg.jar", "alukg").replace(DOC_URL, url());
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", prelude + script).directory(scratch.toFile());
        pb.environment().put("ALUKG_PASSWORD", PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), e.file() + ":" + e.line() + " failed: " + err);
        if (e.expected() != null)
            assertEquals(normalise(e.expected()), normalise(out), e.file() + ":" + e.line());
    }

    private static String normalise(String s) {
        return s.replace("\r\n", "\n").strip();
    }
}
