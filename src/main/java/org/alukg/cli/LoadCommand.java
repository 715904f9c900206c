package org.alukg.cli;

import java.util.concurrent.Callable;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
         description = {"Validate the ontology, shapes and data/ with SHACL and load them into the store, without serving.",
                        "Nothing is written when a file does not parse or the data violates a shape (exit 1)."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Option(names = "--force", description = "Load even when the files have not changed since the last load.")
    boolean force;

    @Override
    public Integer call() {
        try (Store st = store.open()) {
            CuratedLoader.Result r = new CuratedLoader(store.options()).loadIfStale(st, force);
            System.out.println(r.loaded()
                ? "loaded " + r.files() + " files, " + r.triples() + " triples, into " + st.description()
                : "up to date: " + st.description() + " already holds these " + r.files() + " files");
            return AlukgCommand.OK;
        }
    }
}
