package org.alukg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            Run r = process("serve", "--port", Integer.toString(taken.getLocalPort()), "--mem", "--home", dir.toString());
            assertEquals(1, r.code(), r.err());
            // The one line only: the port is checked before the curated files are loaded (a load prints its own line).
            assertEquals("alukg: port " + taken.getLocalPort() + " is taken on 127.0.0.1: choose another with --port or "
                         + "ALUKG_PORT=PORT\n", r.err());
        }
    }

    @Test
    void aUserWithoutPasswordIsAUsageMistake() throws Exception {
        Run r = process("serve", "--user", "admin", "--mem", "--home", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("alukg: --user needs a password in ALUKG_PASSWORD: admin"), r.err());
    }

    /** Runs {@code alukg ARGS} as a process of its own (no ALUKG_PASSWORD), as a user at a shell would. */
    private static Run process(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(org.alukg.testing.AlukgProcess.command(args))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("ALUKG_PASSWORD");
        pb.environment().remove("ALUKG_PORT");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the command ends");
        return new Run(p.exitValue(), err);
    }
}
