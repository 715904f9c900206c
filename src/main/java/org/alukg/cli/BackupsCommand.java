package org.alukg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.alukg.ops.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alukg backups list} and {@code alukg backups prune --keep N}: the backups in a folder. */
@Command(name = "backups", mixinStandardHelpOptions = true,
         description = "List the backups in the backup folder, or delete all but the newest N.",
         subcommands = {BackupsCommand.ListBackups.class, BackupsCommand.PruneBackups.class})
public final class BackupsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** Where the backups are: --dir, else the default folder beside the store. */
    static final class Folder {
        @Mixin StoreMixin store;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "The backup folder (default: backups beside the store folder, var/backups for var/tdb2).")
        Path dir;

        Backups backups() { return new Backups(dir != null ? dir : Backups.defaultFolder(store.options())); }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
             description = {"One line per backup, newest first: file, bytes, time, quads, graphs, data version.",
                            "Exit codes: 0 listed (also when there is none)."})
    static final class ListBackups implements Callable<Integer> {
        @Mixin Folder folder;

        @Override
        public Integer call() {
            Backups backups = folder.backups();
            List<Backups.Entry> all = backups.list();
            if (all.isEmpty())
                System.out.println("no backups in " + backups.folder());
            for (Backups.Entry e : all)
                System.out.println(e.manifest() == null ? e.file() + "  " + e.bytes() + " bytes  (no manifest: not a whole backup)"
                    : e.file() + "  " + e.bytes() + " bytes  " + e.manifest().createdAt() + "  " + e.manifest().quads()
                      + " quads in " + e.manifest().graphs().size() + " graphs, data version " + e.manifest().dataVersion());
            return AlukgCommand.OK;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
             description = {"Delete all backups but the newest N.", "Exit codes: 0 pruned (also when nothing was to delete), "
                                                                      + "1 a --keep below 1."})
    static final class PruneBackups implements Callable<Integer> {
        @Mixin Folder folder;

        @Option(names = "--keep", paramLabel = "N", required = true, description = "How many of the newest backups to keep.")
        int keep;

        @Override
        public Integer call() {
            List<String> deleted = folder.backups().prune(keep);
            deleted.forEach(f -> System.out.println("deleted " + f));
            System.out.println("kept the newest " + keep + ", deleted " + deleted.size());
            return AlukgCommand.OK;
        }
    }
}
