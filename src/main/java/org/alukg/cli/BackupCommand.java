package org.alukg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.alukg.ops.BackupFile;
import org.alukg.ops.BackupManifest;
import org.alukg.ops.Backups;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alukg backup [--to FILE]}: a snapshot of every named graph as gzipped N-Quads with its manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
         description = {"Write a backup of the store: every named graph (curated, ontology, shapes, meta, each import) as "
                        + "gzipped N-Quads, with a manifest (time, data version, quads per graph, SHA-256) as its last line.",
                        "Default file: backups/alukg-<time>.nq.gz beside the store folder (var/backups for var/tdb2).",
                        "Exit codes: 0 written, 3 failed (nothing left under the file's name)."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Option(names = "--to", paramLabel = "FILE", description = "Write the backup to this file instead.")
    Path to;

    @Override
    public Integer call() {
        try (Store st = store.open()) {
            String file;
            BackupManifest m;
            if (to != null) {
                m = BackupFile.write(st, to);
                file = to.toString();
            } else {
                Backups.Entry e = new Backups(Backups.defaultFolder(store.options())).take(st);
                m = e.manifest();
                file = e.file();
            }
            System.out.println("backup written: " + file + " (" + m.quads() + " quads in " + m.graphs().size()
                               + " graphs, data version " + m.dataVersion() + ", SHA-256 " + m.sha256() + ")");
            return AlukgCommand.OK;
        }
    }
}
