package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.alukg.config.ImportLimits;
import org.alukg.problem.Kind;
import org.alukg.store.Store;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an import says when rows are wrong or the content is already there: every error of a row, a refusal when
 * every row is rejected, the import that holds the same file; and that short forms and caps are those of the
 * server's settings.
 */
class ImportMessagesTest {
    private static final String HEADER = CsvImporterContractTest.HEADER;
    @org.junit.jupiter.api.extension.RegisterExtension final org.alukg.testing.Curated curated = org.alukg.testing.Curated.project();
    private Store store;
    private Set<Quad> before;

    @BeforeEach
    void open() {
        store = curated.copy();
        before = ImportTesting.snapshot(store);
    }

    @AfterEach
    void close() { store.close(); }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void everyErrorOfARowIsNamed() {
        ImportReport r = ImportTesting.runOne(store, "many.csv",
            utf8(HEADER + "Example Many,Example Many,wizard,Alma,Atlantis,,,,someday,certain\n"), ImportTesting.options());
        assertEquals(ImportReport.REFUSED, r.status(), r::summary);
        assertEquals(Kind.BAD_REQUEST, r.kind());
        assertEquals(List.of(
            "many.csv row 1 (line 2), column kind: unknown kind: 'wizard' (expected one of producer, supplier, processor, "
                + "first-transformer, second-transformer, third-transformer, manufacturer, recycler, research-centre, "
                + "training-centre, association, authority, cluster-body)",
            "many.csv row 1 (line 2), column region: unknown region: 'Atlantis' (expected an administrative region of Québec, "
                + "by name or two-digit code, e.g. Saguenay–Lac-Saint-Jean or 02)",
            "many.csv row 1 (line 2), column date: expected a date YYYY, YYYY-MM or YYYY-MM-DD: found 'someday'",
            "many.csv row 1 (line 2), column confidence: expected high, medium or low: found 'certain'"), r.problems());
        assertTrue(r.message().startsWith("many.csv row 1 (line 2), column kind: unknown kind: 'wizard'"), r.message());
        assertTrue(r.message().endsWith("(and 3 more)"), r.message());
        assertEquals(before, ImportTesting.snapshot(store));
    }

    @Test
    void everyWrongValueOfAJsonRowIsNamed() {
        ImportReport r = ImportTesting.runOne(store, "types.json",
            utf8("[\n {\"name_en\": \"Example A\", \"kind\": {\"a\": 1}, \"date\": [2024], \"products\": true}\n]"),
            ImportTesting.options());
        assertEquals(ImportReport.REFUSED, r.status(), r::summary);
        assertEquals(3, r.problems().size(), r.problems()::toString);
        assertTrue(r.problems().get(0).startsWith("types.json row 1 (line 2): field kind: expected a string or an array of strings"));
        assertTrue(r.problems().get(1).startsWith("types.json row 1 (line 2): field date: expected a string or a number: found array"));
        assertTrue(r.problems().get(2).startsWith("types.json row 1 (line 2): field products: expected a string or an array of strings: found boolean"));
        assertEquals(before, ImportTesting.snapshot(store));
    }

    @Test
    void whenEveryRowIsRejectedTheImportIsRefused() {
        ImportReport r = ImportTesting.runOne(store, "all-bad.csv", utf8(HEADER
            + "Example Bad One,Example Bad One,supplier,Alma,02,,,,someday,low\n"
            + "Example Bad Two,Example Bad Two,supplier,Alma,02,,,,2024,certain\n"), ImportTesting.options().withSkipBadRows(true));
        assertEquals(ImportReport.REFUSED, r.status(), r::summary);
        assertEquals("all-bad.csv: refused, nothing imported: every row was rejected: 2 rows: all-bad.csv row 1 (line 2), "
                     + "column date: expected a date YYYY, YYYY-MM or YYYY-MM-DD: found 'someday' (and 1 more)", r.summary());
        assertEquals(2, r.rejected().size(), "the rows are reported, for the rejects file");
        assertEquals(2, r.problems().size());
        assertEquals(before, ImportTesting.snapshot(store));
    }

    @Test
    void aRowThatRefersToARejectedRowSaysSo() {
        ImportReport r = ImportTesting.runOne(store, "chain.csv", utf8(HEADER
            + "Example Maker,Example Maker,manufacturer,Alma,02,,,,someday,low\n"
            + "Example Seller,Example Seller,supplier,Alma,02,equipment,Example Maker,,2024,low\n"
            + "Example Fine,Example Fine,supplier,Alma,02,equipment,site/alma,,2024,low\n"), ImportTesting.options().withSkipBadRows(true));
        assertEquals(ImportReport.IMPORTED, r.status(), r::summary);
        assertEquals(2, r.rejected().size());
        assertEquals("chain.csv row 2 (line 3), column customers", r.rejected().get(1).where());
        assertEquals("refers to a row that is rejected: 'Example Maker' is row 1", r.rejected().get(1).error());
        assertTrue(ImportTesting.hasOrganisation(store, "Example Fine"));
    }

    @Test
    void theSameFileUnderAnotherNameNamesTheImportThatHoldsIt() {
        byte[] csv = utf8(HEADER + "Example Twice,Example Twice,supplier,Alma,02,equipment,site/alma,,2024,low\n");
        ImportReport first = ImportTesting.runOne(store, "twice.csv", csv, ImportTesting.options());
        assertEquals(ImportReport.IMPORTED, first.status(), first::summary);
        Set<Quad> after = ImportTesting.snapshot(store);
        ImportReport again = ImportTesting.runOne(store, "twice.csv", csv, ImportTesting.options().withName("other-name"));
        assertEquals("twice.csv: unchanged: this file is already imported as twice-csv", again.summary());
        assertEquals("twice-csv", again.id());
        assertEquals(first.graph(), again.graph());
        assertEquals(after, ImportTesting.snapshot(store));
        new Imports(store, ImportFormats.standard()).delete(again.id());
        assertEquals(before, ImportTesting.snapshot(store), "deleting the import named leaves the store as before it");
    }

    @Test
    void shortFormsNameThingsUnderTheBase() {
        Imports underBase = new Imports(store, ImportFormats.standard(), ImportLimits.defaults(), "https://kg.example.org/");
        ImportReport maker = run(underBase, "maker.csv", HEADER + "Example Base Maker,Example Base Maker,manufacturer,Alma,02,,,,2024,low\n");
        assertEquals(ImportReport.IMPORTED, maker.status(), maker::summary);
        assertTrue(store.read(() -> store.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(maker.graph()))
            .contains(org.apache.jena.graph.NodeFactory.createURI("https://kg.example.org/id/org/example-base-maker"), null, null)),
            "the new organisation is minted under the base");

        ImportReport seller = run(underBase, "seller.csv",
            HEADER + "Example Base Seller,Example Base Seller,supplier,Alma,02,equipment,org/example-base-maker,,2024,low\n");
        assertEquals(ImportReport.IMPORTED, seller.status(), seller::summary);

        ImportReport elsewhere = run(underBase, "elsewhere.csv",
            HEADER + "Example Base Other,Example Base Other,supplier,Alma,02,equipment,site/alma,,2024,low\n");
        assertEquals(ImportReport.REFUSED, elsewhere.status());
        assertTrue(elsewhere.message().endsWith("column customers: unknown organisation or facility: site/alma"), elsewhere.message());
    }

    @Test
    void theCapsOfTheSettingsHold() {
        Imports small = new Imports(store, ImportFormats.standard(), new ImportLimits(200, 100), org.alukg.vocab.Alu.BASE);
        ImportReport r = run(small, "big.nt", "<https://example.org/s> <https://example.org/p> \"a value long enough\" .\n".repeat(10));
        assertEquals(ImportReport.REFUSED, r.status(), r::summary);
        assertEquals(Kind.TOO_LARGE, r.kind());
        assertEquals("big.nt: too large: more than 200 bytes", r.message());
        assertEquals(before, ImportTesting.snapshot(store));
    }

    private static ImportReport run(Imports imports, String name, String content) {
        byte[] bytes = utf8(content);
        List<ImportReport> reports = imports.run(new ImportSource(name, new ByteArrayInputStream(bytes), bytes.length, null),
                                                 ImportTesting.options());
        assertEquals(1, reports.size());
        return reports.get(0);
    }
}
