package org.alukg.cli;

import java.util.concurrent.Callable;

import org.alukg.query.Catalog;
import org.alukg.query.NamedQuery;
import org.alukg.query.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "queries", mixinStandardHelpOptions = true,
         description = {"List the named queries of queries/ with their parameters; run one with alukg query NAME.",
                        "Checks every file: a broken one is named with its line (exit 1)."})
public final class QueriesCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.read(store.options().queriesDir());
        for (NamedQuery q : catalog.all()) {
            System.out.println(q.name() + "  " + q.summary());
            for (Parameter p : q.parameters())
                System.out.println("    --param " + p.name() + "=" + p.kindName().toUpperCase(java.util.Locale.ROOT)
                                   + (p.required() && p.defaults().isEmpty() ? "  (required)" : "")
                                   + (p.defaults().isEmpty() ? "" : "  (default " + String.join(", ", p.defaults()) + ")")
                                   + "  " + p.description());
        }
        return AlukgCommand.OK;
    }
}
