package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An import is validated in proportion to what it changes, yet a change that breaks a node outside it is still
 * refused: the nodes it touches and the nodes that point at them are checked, whether the change adds or removes.
 */
class ChangeValidationTest {
    static final String PREFIXES = """
        @prefix alu: <https://w3id.org/alukg/ontology#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix schema: <http://schema.org/> .
        @prefix ag: <https://w3id.org/alukg/id/org/> .
        @prefix site: <https://w3id.org/alukg/id/site/> .
        @prefix src: <https://w3id.org/alukg/id/source/> .
        """;

    @RegisterExtension final Curated curated = Curated.project();
    Store store;

    @BeforeEach
    void open() { store = curated.copy(); }

    static byte[] turtle(String body) { return (PREFIXES + body).getBytes(StandardCharsets.UTF_8); }

    ImportReport run(String name, String body) {
        return ImportTesting.runOne(store, name, turtle(body), ImportTesting.options());
    }

    @Test
    void aShareThatBreaksTheSumOfACuratedSmelterIsRefused() {
        Set<Quad> before = ImportTesting.snapshot(store);
        org.alukg.store.DataVersion version = store.version();
        ImportReport r = run("alma-share.ttl", """
            <https://w3id.org/alukg/id/ownership/test-alma-alcoa> a alu:Ownership ;
                alu:owner ag:alcoa ; alu:ownedEntity site:alma ; alu:sharePercent 50.0 ;
                dct:source src:aac-industry ; alu:confidence alu:HighConfidence .
            """);
        assertEquals(ImportReport.REFUSED, r.status(), r.message());
        assertTrue(r.message().contains("<https://w3id.org/alukg/id/site/alma>")
                   && r.message().contains("sum to 150"), r.message());
        assertEquals(before, ImportTesting.snapshot(store), "nothing was written");
        assertEquals(version, store.version(), "a refused import changes no data version (no cache is dropped for it)");
    }

    @Test
    void removingWhatAnotherImportPointsAtIsRefused() {
        ImportReport source = run("a-source.ttl", """
            src:test-change-source a alu:Source ; schema:url <https://example.org/test-change-source> .
            """);
        assertEquals(ImportReport.IMPORTED, source.status(), source.message());
        ImportReport partnership = run("a-partnership.ttl", """
            <https://w3id.org/alukg/id/partnership/test-change> a alu:Partnership ;
                alu:partner ag:alcoa , ag:rio-tinto ;
                dct:source src:test-change-source ; alu:confidence alu:LowConfidence .
            """);
        assertEquals(ImportReport.IMPORTED, partnership.status(), partnership.message());

        Set<Quad> before = ImportTesting.snapshot(store);
        Imports imports = new Imports(store, ImportFormats.standard());
        Problem p = assertThrows(Problem.class, () -> imports.delete(source.id()));
        assertEquals(Kind.CONFLICT, p.kind());
        assertTrue(p.detail().startsWith("cannot remove a-source-ttl: SHACL validation failed: "
                                         + "<https://w3id.org/alukg/id/partnership/test-change>"), p.detail());
        assertTrue(p.detail().contains("alu:Source"), p.detail());
        assertEquals(before, ImportTesting.snapshot(store), "nothing was removed");

        imports.delete(partnership.id());
        imports.delete(source.id());
        assertEquals(0, imports.list().size());
    }

    @Test
    void anImportThatBreaksOnlyItselfIsRefusedNamingItsOwnNode() {
        ImportReport r = run("unsourced.ttl", """
            <https://w3id.org/alukg/id/partnership/test-unsourced> a alu:Partnership ;
                alu:partner ag:alcoa , ag:rio-tinto ; alu:confidence alu:LowConfidence .
            """);
        assertEquals(ImportReport.REFUSED, r.status(), r.message());
        assertTrue(r.message().contains("<https://w3id.org/alukg/id/partnership/test-unsourced>")
                   && r.message().contains("dct:source"), r.message());
    }
}
