package org.alukg.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.alukg.ingest.CuratedLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
         description = "Check the ontology and data/ against ontology/shapes.ttl; print each violation; exit 1 if any.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Override
    public Integer call() {
        List<String> violations = new CuratedLoader(store.options()).validate();
        if (violations.isEmpty()) {
            System.out.println("conforms: no SHACL violations");
            return AlukgCommand.OK;
        }
        violations.forEach(v -> System.out.println("violation: " + v));
        System.out.println(violations.size() + " violation(s)");
        return AlukgCommand.REFUSED;
    }
}
