package org.alukg.config;

/**
 * Everything that can be set about a running alukg, typed, each part with documented defaults: how the server runs,
 * the caps on traces and on imports, the guards of an exposed server, backups and compaction. Set by the flags of
 * {@code alukg serve} or by one configuration file ({@link SettingsFile}); the flags win.
 */
public record Settings(ServerConfig server, TraceLimits trace, ImportLimits imports, Guards guards, Operations operations,
                       ReplicationConfig replication) {
    public Settings(ServerConfig server, TraceLimits trace, ImportLimits imports, Guards guards, Operations operations) {
        this(server, trace, imports, guards, operations, ReplicationConfig.defaults());
    }

    public static Settings defaults() {
        return new Settings(ServerConfig.defaults(), TraceLimits.defaults(), ImportLimits.defaults(), Guards.defaults(),
                            Operations.defaults());
    }

    public Settings withServer(ServerConfig s) { return new Settings(s, trace, imports, guards, operations, replication); }

    public Settings withTrace(TraceLimits t) { return new Settings(server, t, imports, guards, operations, replication); }

    public Settings withImports(ImportLimits i) { return new Settings(server, trace, i, guards, operations, replication); }

    public Settings withGuards(Guards g) { return new Settings(server, trace, imports, g, operations, replication); }

    public Settings withReplication(ReplicationConfig r) { return new Settings(server, trace, imports, guards, operations, r); }

    public Settings withOperations(Operations o) { return new Settings(server, trace, imports, guards, o, replication); }
}
