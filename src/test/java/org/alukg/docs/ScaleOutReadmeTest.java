package org.alukg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alukg.store.Locations;
import org.alukg.testing.AlukgProcess;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.alukg.testing.KafkaBroker;
import org.alukg.testing.ServeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section "More than one machine", as a user runs it: its two {@code serve} commands exactly as written
 * (the jar stands for the classes under test, the documented broker {@code 127.0.0.1:9092} for a real KRaft broker on
 * a free port, and the ports for free ones), in a scratch copy of the project whose store holds the curated content;
 * then the replica has the writer's graph, is ready, and shows a write made on the writer.
 */
@Order(2)
class ScaleOutReadmeTest {
    private static final String SECTION = "## More than one machine";
    @RegisterExtension static final Curated curated = Curated.project();
    @TempDir static Path scratch;
    private static final List<Process> started = new ArrayList<>();
    private static KafkaBroker broker;

    @AfterAll
    static void stop() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        if (broker != null)
            broker.close();
    }

    /** The ```sh blocks of the section, in order. */
    static List<String> commands() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int from = lines.indexOf(SECTION);
        assertTrue(from >= 0, "README.md has the section " + SECTION);
        List<String> blocks = new ArrayList<>();
        for (int i = from + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (!lines.get(i).strip().equals("```sh"))
                continue;
            StringBuilder b = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++)
                b.append(lines.get(i)).append('\n');
            blocks.add(b.toString().strip());
        }
        return blocks;
    }

    @Test
    void theWriterAndAReplicaStartAsDocumentedAndTheReplicaFollows() throws Exception {
        List<String> commands = commands();
        assertEquals(2, commands.size(), "the writer's command and the replica's");
        ContentTree.PROJECT.copyTo(scratch);
        curated.storeAt(scratch.resolve(Locations.DEFAULT_DB));
        broker = KafkaBroker.startIn(scratch.resolve("kafka"));
        String writer = start(commands.get(0), "writer");
        String replica = start(commands.get(1), "replica");

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String smelters = "PREFIX alu: <https://w3id.org/alukg/ontology#> SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a alu:Smelter }";
        while (System.nanoTime() < until && !(status(replica + "/$/ready") == 200 && ask(replica, smelters).equals(ask(writer, smelters))))
            Thread.sleep(100);
        assertEquals(200, status(replica + "/$/ready"), "the replica is ready");
        assertEquals(ask(writer, smelters), ask(replica, smelters), "the replica has the writer's smelters");

        HttpResponse<String> write = ServeProcess.HTTP.send(HttpRequest.newBuilder(URI.create(writer + "/cluster/update"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/n1> "
                                                      + "<http://www.w3.org/2000/01/rdf-schema#label> \"a note\" } }")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(204, write.statusCode(), write.body());
        String note = "SELECT ?l WHERE { GRAPH <https://example.org/notes> { ?n ?p ?l } }";
        until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until && !ask(replica, note).contains("a note"))
            Thread.sleep(50);
        assertTrue(ask(replica, note).contains("a note"), "the write on the writer is on the replica");
        HttpResponse<String> refused = ServeProcess.HTTP.send(HttpRequest.newBuilder(URI.create(replica + "/cluster/update"))
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, "the replica takes no write: " + refused.statusCode());
    }

    /** Runs one documented command in the scratch copy; returns the address from its start-up line. */
    private static String start(String command, String name) throws Exception {
        String java = String.join(" ", AlukgProcess.command().stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String script = command.replace("java -jar target/alukg.jar", java).replace("127.0.0.1:9092", broker.bootstrap())
                               .replace("ALUKG_PORT=3031", "ALUKG_PORT=" + port);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(scratch.toFile())
            .redirectError(scratch.resolve(name + ".log").toFile());
        pb.environment().put("ALUKG_PORT", Integer.toString(port));
        Process p = pb.start();
        started.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(120, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("SPARQL (http://127\\.0\\.0\\.1:\\d+)/cluster/sparql").matcher(String.valueOf(line));
        assertTrue(m.find(), name + " start-up line: " + line + "; " + Files.readString(scratch.resolve(name + ".log")));
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "drain-" + name);
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
    }

    private static int status(String url) throws IOException, InterruptedException {
        return ServeProcess.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String ask(String base, String query) throws IOException, InterruptedException {
        return ServeProcess.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cluster/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                          .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
