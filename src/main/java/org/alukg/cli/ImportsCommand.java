package org.alukg.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportProvenance;
import org.alukg.ingest.Imports;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code alukg imports list} and {@code alukg imports delete NAME}: the imports in the store, and removing one. */
@Command(name = "imports", mixinStandardHelpOptions = true,
         description = "List the imports in the store, or remove one (its graph and provenance) through the gate.",
         subcommands = {ImportsCommand.ListImports.class, ImportsCommand.DeleteImport.class})
public final class ImportsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "list", mixinStandardHelpOptions = true,
             description = {"One line per import, newest first: id, time, file and format, counts, who.",
                            "Exit codes: 0 listed (also when there is none)."})
    static final class ListImports implements Callable<Integer> {
        @Mixin StoreMixin store;

        @Override
        public Integer call() {
            try (Store st = store.options().open()) {
                List<ImportProvenance> all = new Imports(st, ImportFormats.standard()).list();
                if (all.isEmpty())
                    System.out.println("no imports in " + st.description());
                for (ImportProvenance p : all)
                    System.out.printf("%s  %s  %s (%s): %s rows, %s triples, %s rejected, by %s%n", p.id(), p.importedAt(),
                                      p.file(), p.format(), p.rowCount(), p.tripleCount(), p.rowsRejected(), p.who());
                return AlukgCommand.OK;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
             description = {"Remove the import NAME (its id, as listed): its graph and provenance, in one transaction.",
                            "Exit codes: 0 removed, 1 no such import, or refused because what remains would violate the "
                            + "shapes (something links to it; nothing removed)."})
    static final class DeleteImport implements Callable<Integer> {
        @Mixin StoreMixin store;

        @Parameters(paramLabel = "NAME", description = "The import's id, as `alukg imports list` shows it.")
        String name;

        @Override
        public Integer call() {
            try (Store st = store.openLoaded()) {
                new Imports(st, ImportFormats.standard()).delete(name);
                System.out.println("deleted " + name + ": its graph and provenance are gone from " + st.description());
                return AlukgCommand.OK;
            }
        }
    }
}
