package org.alukg.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one settings file: what it sets is used, what it leaves out keeps its default, a wrong key is named. */
class SettingsFileTest {
    @TempDir Path dir;

    @Test
    void whatTheFileSetsIsUsedAndTheRestKeepsItsDefault() throws Exception {
        Path f = Files.writeString(dir.resolve("alukg.yaml"), """
            server: { port: 3999, timeoutSeconds: 5 }
            trace: { maxDepth: 4 }
            guards: { maxQueryBytes: 2048, loadHosts: [ data.example.org ], graceSeconds: 3 }
            operations: { backupFolder: /srv/alukg/backups, autoCompactMultiple: 3 }
            """);
        Settings s = SettingsFile.read(f);
        assertEquals(3999, s.server().port());
        assertEquals(Duration.ofSeconds(5), s.server().queryTimeout());
        assertEquals(ServerConfig.DEFAULT_HOST, s.server().host());
        assertEquals(4, s.trace().maxDepth());
        assertEquals(TraceLimits.DEFAULT_MAX_NODES, s.trace().maxNodes());
        assertEquals(2048, s.guards().maxQueryBytes());
        assertEquals(Set.of("data.example.org"), s.guards().loadHosts());
        assertEquals(Duration.ofSeconds(3), s.guards().grace());
        assertEquals(ImportLimits.defaults(), s.imports());
        assertEquals(Path.of("/srv/alukg/backups"), s.operations().backupFolder());
        assertEquals(3, s.operations().autoCompactMultiple());
        assertEquals(Operations.DEFAULT_KEEP_BACKUPS, s.operations().keepBackups());
    }

    @Test
    void anUnknownKeyOrAWrongTypeIsRefusedNamingFileAndKey() throws Exception {
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "server: { prot: 3999 }\n");
        Problem p = assertThrows(Problem.class, () -> SettingsFile.read(typo));
        assertEquals(Kind.BAD_REQUEST, p.kind());
        assertEquals("unknown setting in " + typo + ": server.prot (base, host, maxQueries, port, timeoutSeconds)", p.detail());
        Path wrong = Files.writeString(dir.resolve("wrong.yaml"), "trace: { maxDepth: deep }\n");
        assertEquals("setting trace.maxDepth in " + wrong + " is not a whole number: \"deep\"",
                     assertThrows(Problem.class, () -> SettingsFile.read(wrong)).detail());
        Path section = Files.writeString(dir.resolve("section.yaml"), "tls: {}\n");
        assertEquals("unknown section in " + section + ": tls (server, trace, imports, guards, operations, replication)",
                     assertThrows(Problem.class, () -> SettingsFile.read(section)).detail());
    }
}
