package org.alukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alukg.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How `alukg serve` takes its settings and refuses bad ones, before anything is loaded. */
class ServeSettingsTest {
    @TempDir Path dir;

    private record Run(int code, String err) {}

    private static Run run(String... args) {
        CommandLine cl = AlukgCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void flagsWinOverTheSettingsFile() throws Exception {
        Path f = Files.writeString(dir.resolve("alukg.yaml"), "server: { port: 3999, maxQueries: 4 }\n");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--config", f.toString(), "--port", "4001");
        Settings s = serve.settings();
        assertEquals(4001, s.server().port());
        assertEquals(4, s.server().maxConcurrentQueries());
    }

    @Test
    void aTakenPortIsFoundBeforeAnythingIsLoadedAndNamesTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            long t0 = System.nanoTime();
            Run r = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--mem", "--home", dir.toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(1, r.code(), r.err());
            assertEquals("alukg: port " + taken.getLocalPort() + " is taken on 127.0.0.1: choose another with --port or "
                         + "ALUKG_PORT=PORT\n", r.err());
            assertTrue(ms < 3000, "found in " + ms + " ms, before any loading");
        }
    }

    @Test
    void aUserWithoutPasswordIsAUsageMistake() {
        Run r = run("serve", "--user", "admin", "--mem", "--home", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("alukg: --user needs a password in ALUKG_PASSWORD: admin"), r.err());
    }
}
