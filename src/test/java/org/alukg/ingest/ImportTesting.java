package org.alukg.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.alukg.store.Store;
import org.apache.jena.sparql.core.Quad;

/** Helpers of the import tests: snapshots of a store, inputs, runs of the importers. */
final class ImportTesting {
    private ImportTesting() {}

    /** Every quad of the store, to compare before and after. */
    static Set<Quad> snapshot(Store store) {
        return store.read(() -> {
            Set<Quad> quads = new HashSet<>();
            store.dataset().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    static List<ImportReport> run(Store store, String name, byte[] bytes, ImportOptions options) {
        return new Imports(store, ImportFormats.standard())
            .run(new ImportSource(name, new ByteArrayInputStream(bytes), bytes.length, null), options);
    }

    static ImportReport runOne(Store store, String name, byte[] bytes, ImportOptions options) {
        List<ImportReport> r = run(store, name, bytes, options);
        if (r.size() != 1)
            throw new AssertionError("expected one report: " + r);
        return r.get(0);
    }

    static ImportOptions options() { return ImportOptions.defaults("tester"); }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the union of the named graphs has an organisation with this English label. */
    static boolean hasOrganisation(Store store, String labelEn) {
        String q = "PREFIX alu: <https://w3id.org/alukg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                   + "ASK { ?o a alu:Organization ; rdfs:label ?l . FILTER(?l = ?label) }";
        return store.read(() -> {
            var qe = org.apache.jena.sparql.exec.QueryExec.newBuilder().dataset(store.dataset()).query(q)
                .substitution("label", org.apache.jena.graph.NodeFactory.createLiteralLang(labelEn, "en"))
                .context(org.apache.jena.sparql.util.Context.create().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true))
                .build();
            return qe.ask();
        });
    }
}
