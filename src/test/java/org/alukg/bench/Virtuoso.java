package org.alukg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource}) as a baseline: a database of its own in a scratch folder,
 * its own ini with free ports on loopback, a buffer pool about the size of the others' heap; data loaded with the bulk
 * loader ({@code ld_dir}, {@code rdf_loader_run}) through {@code isql-vt}.
 */
final class Virtuoso {
    static final Path SERVER = Path.of("/usr/bin/virtuoso-t"), ISQL = Path.of("/usr/bin/isql-vt");

    private Virtuoso() {}

    static boolean installed() { return Files.isExecutable(SERVER) && Files.isExecutable(ISQL); }

    /** A running Virtuoso and the means to load into it. */
    static final class Instance implements AutoCloseable {
        final Server server;
        final int sqlPort;
        final Path dir;

        private Instance(Server server, int sqlPort, Path dir) {
            this.server = server;
            this.sqlPort = sqlPort;
            this.dir = dir;
        }

        String sparql() { return server.base + "/sparql"; }

        /** Bulk-loads the files of {@code folder} matching {@code mask} into {@code graph} (N-Quads keep their own). */
        void load(Path folder, String mask, String graph) throws IOException, InterruptedException {
            isql("ld_dir('" + folder.toAbsolutePath() + "', '" + mask + "', '" + graph + "');\nrdf_loader_run();\ncheckpoint;\n"
                 + "SELECT 'load errors:', COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;\n");
        }

        private void isql(String script) throws IOException, InterruptedException {
            Path sql = dir.resolve("script.sql"), log = dir.resolve("isql.log");
            Files.writeString(sql, script);
            Process p = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba").redirectInput(sql.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0)
                throw new IllegalStateException("isql-vt failed; its log: " + log);
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (out.contains("*** Error") || !out.matches("(?s).*load errors:\\s+0\\b.*"))
                throw new IllegalStateException("Virtuoso's loader failed; isql's log: " + log);
        }

        @Override
        public void close() { server.close(); }
    }

    /** Starts a fresh database in {@code dir} that may read files under {@code dataDirs}. */
    static Instance start(Path dir, long bufferBytes, List<Path> dataDirs) throws IOException, InterruptedException {
        Targets.delete(dir);
        Files.createDirectories(dir);
        int sql = Targets.freePort(), http = Targets.freePort();
        long buffers = Math.max(10_000, bufferBytes / 9_000);
        StringBuilder allowed = new StringBuilder(".");
        for (Path d : dataDirs)
            allowed.append(", ").append(d.toAbsolutePath());
        String d = dir.toAbsolutePath().toString();
        String ini = """
            [Database]
            DatabaseFile = %1$s/virtuoso.db
            ErrorLogFile = %1$s/virtuoso.log
            LockFile = %1$s/virtuoso.lck
            TransactionFile = %1$s/virtuoso.trx
            xa_persistent_file = %1$s/virtuoso.pxa
            ErrorLogLevel = 7
            FileExtend = 200
            MaxCheckpointRemap = 2000
            Striping = 0
            TempStorage = TempDatabase

            [TempDatabase]
            DatabaseFile = %1$s/virtuoso-temp.db
            TransactionFile = %1$s/virtuoso-temp.trx
            MaxCheckpointRemap = 2000
            Striping = 0

            [Parameters]
            ServerPort = 127.0.0.1:%2$d
            DisableUnixSocket = 1
            MaxClientConnections = 32
            CheckpointInterval = 60
            CaseMode = 2
            DirsAllowed = %4$s
            NumberOfBuffers = %5$d
            MaxDirtyBuffers = %6$d
            MaxQueryMem = 1G
            ThreadsPerQuery = 2
            VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

            [HTTPServer]
            ServerPort = 127.0.0.1:%3$d
            ServerRoot = /var/lib/virtuoso-opensource-7/vsp
            MaxClientConnections = 32
            ServerThreads = 32
            EnabledDavVSP = 0
            Charset = UTF-8

            [SPARQL]
            ResultSetMaxRows = 1000000
            MaxQueryExecutionTime = 120
            MaxQueryCostEstimationTime = 400
            """.formatted(d, sql, http, allowed, buffers, buffers * 3 / 4);
        Path iniFile = dir.resolve("virtuoso.ini");
        Files.writeString(iniFile, ini);
        Server s = Server.start("Virtuoso", List.of(SERVER.toString(), "+configfile", iniFile.toString(), "+foreground"), Map.of(),
                                dir.resolve("virtuoso-out.log"), "http://127.0.0.1:" + http,
                                "/sparql?query=ASK%7B%7D", Duration.ofMinutes(3));
        return new Instance(s, sql, dir);
    }
}
