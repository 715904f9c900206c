package org.alukg.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.http.Routes;
import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportProvenance;
import org.alukg.ingest.Imports;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code alukg imports list} and {@code alukg imports delete NAME}: the imports in the store, and removing one. */
@Command(name = "imports", mixinStandardHelpOptions = true,
         description = {"List the imports in the store, or remove one (its graph and provenance) through the gate.",
                        "When an alukg server holds the store, both go through its API (/api/imports); a delete sends "
                        + "the server's user and the password in ALUKG_PASSWORD (ALUKG_USER for another user)."},
         subcommands = {ImportsCommand.ListImports.class, ImportsCommand.DeleteImport.class})
public final class ImportsCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        public Integer call() throws IOException {
            Optional<ServerBeside> server = store.server();
            List<ImportProvenance> all;
            if (server.isPresent()) {
                byte[] json = server.get().call(server.get().request(Routes.IMPORTS).GET().build());
                all = JSON.readValue(json, new TypeReference<List<ImportProvenance>>() {});
            } else {
                try (Store st = store.open()) {
                    all = new Imports(st, ImportFormats.standard()).list();
                }
            }
            if (all.isEmpty())
                System.out.println("no imports in " + store.description());
            for (ImportProvenance p : all)
                System.out.printf("%s  %s  %s (%s): %s rows, %s triples, %s rejected, by %s%n", p.id(), p.importedAt(),
                                  p.file(), p.format(), p.rowCount(), p.tripleCount(), p.rowsRejected(), p.who());
            return AlukgCommand.OK;
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
            Optional<ServerBeside> server = store.server();
            if (server.isPresent()) {
                server.get().call(server.get().write(Routes.IMPORTS + "/" + Routes.encode(name).replace("+", "%20"))
                                              .DELETE().build());
            } else {
                try (Store st = store.openLoaded()) {
                    new Imports(st, ImportFormats.standard()).delete(name);
                }
            }
            System.out.println("deleted " + name + ": its graph and provenance are gone from " + store.description());
            return AlukgCommand.OK;
        }
    }
}
