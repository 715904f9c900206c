package org.alukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alukg.store.Store;
import org.alukg.testing.AlukgProcess;
import org.alukg.testing.ContentTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `alukg serve` as a process: one start-up line with the URLs, a working endpoint, a clean stop on Ctrl-C. */
class ServeProcessTest {
    @TempDir Path home;

    @Test
    void servePrintsItsUrlsAnswersAndStopsCleanlyOnInterrupt() throws Exception {
        ContentTree.FIXTURE.copyTo(home);
        Path db = home.resolve("db");
        Process p = new ProcessBuilder(AlukgProcess.command("serve", "--port", "0", "--home", home.toString(), "--db", db.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("alukg is serving: UI http://127.0.0.1:"), "start-up line: " + line);
            Matcher m = Pattern.compile("SPARQL (http://127\\.0\\.0\\.1:\\d+/cluster/sparql)").matcher(line);
            assertTrue(m.find(), line);
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "?query=ASK%7B%7D")).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());

            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops after Ctrl-C");
        } finally {
            p.destroyForcibly();
        }
        try (Store st = Store.tdb2(db)) {
            assertTrue(st.read(() -> st.dataset().stream().count()) > 0, "the store opens again with its content");
        }
    }

    /**
     * Hole 5: credentials on a non-loopback address without TLS are warned about at start, before anything else.
     * The home holds no data, so the server stops right after the warning, at the load.
     */
    @Test
    void credentialsInClearTextOnANonLoopbackAddressAreWarnedAbout() throws Exception {
        for (String host : new String[] {"0.0.0.0", "127.0.0.1"}) {
            ProcessBuilder pb = new ProcessBuilder(AlukgProcess.command("serve", "--host", host, "--port", "0",
                "--user", "admin", "--home", home.resolve("nothing").toString(), "--db", home.resolve("db-" + host).toString()));
            pb.environment().put("ALUKG_PASSWORD", "s3cret");
            Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String warning = "alukg: warning: credentials will travel in clear text on 0.0.0.0: use --https KEYSTORE, "
                             + "or a reverse proxy with TLS";
            if (host.equals("0.0.0.0"))
                assertEquals(warning, err.lines().findFirst().orElse(""), err);
            else
                assertFalse(err.contains("clear text"), err);
        }
    }
}
