package org.alukg.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alukg.server.ServerFile;
import org.alukg.store.Locations;
import org.alukg.testing.AlukgProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;

/**
 * README.md from top to bottom, as a new user follows it: the repository cloned into a temporary folder, the
 * README's {@code serve} started there as a process of its own (on a free port, given in {@code ALUKG_PORT}, with the
 * user and password of the README's import section), then every example of the clone's README in order against it,
 * on its one store ({@code var/tdb2}), each output compared with the one shown; at the end the server is stopped
 * with SIGTERM and exits 0.
 */
@Order(1)
class ReadmeExamplesTest extends DocumentedExamples {
    private Process serve;
    private String url;

    @Override
    List<Path> documents() { return List.of(scratch.resolve("README.md")); }

    @Override
    String url() { return url; }

    @Override
    void prepare() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Process clone = new ProcessBuilder("git", "clone", "-q", project.toString(), scratch.toString())
            .redirectErrorStream(true).start();
        String said = new String(clone.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, clone.waitFor(), "git clone: " + said);

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(AlukgProcess.command("serve", "--user", "admin")).directory(scratch.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ALUKG_PORT", Integer.toString(port));
        pb.environment().put("ALUKG_PASSWORD", PASSWORD);
        serve = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "readme-serve-output");
        drain.setDaemon(true);
        drain.start();
        Matcher m = Pattern.compile("SPARQL (http://127\\.0\\.0\\.1:\\d+)/cluster/sparql").matcher(String.valueOf(line));
        assertTrue(m.find(), "the start-up line of serve: " + line);
        url = m.group(1);
        assertEquals(url, ServerFile.read(scratch.resolve(Locations.DEFAULT_DB)).orElseThrow().url(),
                     "the commands find the server on the store of the clone");
    }

    @AfterAll
    void stopServe() throws Exception {
        if (serve == null)
            return;
        new ProcessBuilder("kill", "-TERM", Long.toString(serve.pid())).start().waitFor();
        boolean stopped = serve.waitFor(60, TimeUnit.SECONDS);
        if (!stopped)
            serve.destroyForcibly();
        assertTrue(stopped, "serve stops on SIGTERM");
        assertEquals(0, serve.exitValue(), "serve exits 0 after SIGTERM");
    }
}
