package org.alukg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alukg.ingest.ImportBenchmark;
import org.alukg.vocab.Alu;

/** Bulk imports against {@code tdb2.tdbloader}, and a fresh start on the curated data. */
final class ImportPhase extends Phase {
    private final int triples;

    ImportPhase(Settings settings, Results results, Targets targets, Virtuoso.Instance virtuoso) {
        super(settings, results, targets, virtuoso);
        this.triples = settings.triples();
    }

    @Override
    void run() throws Exception {
        if (wants(Compare.Measure.bulk))
            bulk();
        if (wants(Compare.Measure.start))
            freshStart();
    }

    private void bulk() throws Exception {
        Path file = work.resolve("bulk-" + triples + ".nt");
        if (!Files.isRegularFile(file))
            ImportBenchmark.generate(file, triples);
        Path alukgT = alukgCuratedTemplate(), fusekiT = fusekiCuratedTemplate();
        Path a = stores.resolve("bulk-alukg"), f = stores.resolve("bulk-fuseki");
        String graph = Alu.GRAPH + "import/bulk";
        Figure tdbloader = () -> {
            Targets.copy(fusekiT, f);
            return triples / targets.tdbloader(f, graph, List.of(file));
        };
        String baseline = "tdb2.tdbloader --graph, same file, same kind of store";
        compare("triples/s", true, one(String.format(Locale.ROOT, "alukg import --no-validate of %,d triples into a named graph of the curated store", triples), () -> {
            Targets.copy(alukgT, a);
            return triples / targets.alukg("import", "--no-validate", "--name", "bulk", "--db", a.toString(), file.toString());
        }), one(baseline, tdbloader));
        compare(settings.validatedRounds(), "triples/s", true, one(String.format(Locale.ROOT, "alukg import (SHACL on) of the same %,d triples", triples), () -> {
            Targets.copy(alukgT, a);
            return triples / targets.alukg("import", "--name", "bulk", "--db", a.toString(), file.toString());
        }), one(baseline, tdbloader));
        Targets.delete(a);
        Targets.delete(f);
    }

    // ---- a fresh start on the curated data ----

    private void freshStart() throws Exception {
        Path a = stores.resolve("fresh-alukg"), f = stores.resolve("fresh-fuseki");
        List<Path> files = curatedFiles();
        compare("s", false, one("fresh start on the curated data: alukg serve on an empty store until /$/ready", () -> {
            Targets.delete(a);
            try (Server s = targets.alukgServe(a)) {
                return s.startSeconds;
            }
        }), one("tdb2.tdbloader of the same files + Fuseki 5.6.0 until a query answers", () -> {
            Targets.delete(f);
            double load = targets.tdbloader(f, CURATED_GRAPH, files);
            try (Server s = targets.fuseki(f, true)) {
                return load + s.startSeconds;
            }
        }));
    }
}
