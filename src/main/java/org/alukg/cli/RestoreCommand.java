package org.alukg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.alukg.ops.Restore;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alukg restore FILE [--db DIR] [--force]}: rebuilds a store from a backup, all or nothing. */
@Command(name = "restore", mixinStandardHelpOptions = true,
         description = {"Rebuild the store from a backup written by alukg backup (or POST /$/backup): the file is checked "
                        + "whole first (SHA-256 and manifest), then every quad is written in one transaction.",
                        "A store that holds data is replaced only with --force.",
                        "Exit codes: 0 restored; 1 refused (a truncated or altered backup, a store not empty without "
                        + "--force, no such file): nothing written."})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Parameters(paramLabel = "FILE", description = "The backup (.nq.gz).")
    Path file;

    @Option(names = "--force", description = "Replace what the store holds.")
    boolean force;

    @Override
    public Integer call() {
        try (Store st = store.open()) {
            Restore.Restored r = Restore.into(st, file, force);
            org.alukg.http.AuditLog.local(st.location(), "restore", null, r.quads(), null, "restored " + file.getFileName());
            System.out.println("restored " + file + " into " + st.description() + ": " + r.quads() + " quads in "
                               + r.manifest().graphs().size() + " graphs, as of " + r.manifest().createdAt());
            return AlukgCommand.OK;
        }
    }
}
