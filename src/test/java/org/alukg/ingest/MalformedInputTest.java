package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every kind of bad input ends in a message naming where it is wrong, and a store exactly as it was. Each test has a
 * store of its own, so they run side by side.
 */
@Order(1)
@Execution(ExecutionMode.CONCURRENT)
class MalformedInputTest {
    private static final String HEADER = CsvImporterContractTest.HEADER;
    @RegisterExtension final Curated curated = Curated.project();
    private Store store;
    private Set<Quad> before;

    @BeforeEach
    void open() {
        store = curated.copy();
        before = ImportTesting.snapshot(store);
    }

    private ImportReport refused(String name, byte[] bytes, String... expected) {
        ImportReport r = ImportTesting.runOne(store, name, bytes, ImportTesting.options());
        assertEquals(ImportReport.REFUSED, r.status(), r::summary);
        for (String e : expected)
            assertTrue(r.message().contains(e), () -> "message: " + r.message() + "\nexpected: " + e);
        assertEquals(before, ImportTesting.snapshot(store), "the store did not change");
        return r;
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void badEncoding() {
        byte[] latin1 = (HEADER + "Example Métal,Example Metal,supplier,Alma,02,,,,2024,low\n").getBytes(StandardCharsets.ISO_8859_1);
        refused("latin1.csv", latin1, "latin1.csv line 2 column 10: not UTF-8: a sequence starting with byte 0xe9");
    }

    @Test
    void missingColumns() {
        refused("columns.csv", utf8("name_fr,name_en,municipality\nExample A,Example A,Alma\n"),
                "columns.csv line 1: missing column: kind, date");
    }

    @Test
    void wrongTypeInCsv() {
        refused("types.csv", utf8(HEADER + "Example A,Example A,supplier,Alma,02,,,,2024,certain\n"),
                "types.csv row 1 (line 2), column confidence: expected high, medium or low: found 'certain'");
    }

    @Test
    void wrongNeq() {
        refused("neq.csv", utf8("neq,name_en,kind,date\n12AB,Example A,supplier,2024\n"),
                "neq.csv row 1 (line 2), column neq: expected a NEQ of 10 digits: found '12AB'");
    }

    @Test
    void wrongTypeInJson() {
        refused("types.json", utf8("[\n {\"name_en\": \"Example A\", \"kind\": {\"a\": 1}, \"date\": \"2024\"}\n]"),
                "types.json row 1 (line 2): field kind: expected a string or an array of strings: found object");
    }

    @Test
    void unknownProductAndRegion() {
        refused("product.csv", utf8(HEADER + "Example A,Example A,supplier,Alma,02,unobtainium,site/alma,,2024,low\n"),
                "product.csv row 1 (line 2), column products: unknown product: 'unobtainium'");
        refused("region.csv", utf8(HEADER + "Example A,Example A,supplier,Alma,Atlantis,,,,2024,low\n"),
                "region.csv row 1 (line 2), column region: unknown region: 'Atlantis'");
    }

    @Test
    void brokenRdfAtTheEndOfALargeFile() {
        StringBuilder nt = new StringBuilder();
        int n = 60_000; // about 4 MB: the break is found at the end, after every line before it was read
        for (int i = 0; i < n; i++)
            nt.append("<https://example.org/s/").append(i).append("> <https://example.org/p> \"value ").append(i).append("\" .\n");
        nt.append("<https://example.org/s/last> <https://example.org/p> \"unterminated .\n");
        refused("large.nt", utf8(nt.toString()), "large.nt line " + (n + 1), "RDF does not parse");
    }

    @Test
    void rdfXmlWithAnExternalEntity() throws IOException {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("alukg-secret", ".txt");
        java.nio.file.Files.writeString(secret, "SECRET-CONTENT");
        String xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [ <!ENTITY secret SYSTEM "%s"> ]>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">
              <rdf:Description rdf:about="https://example.org/x"><rdfs:label>&secret;</rdfs:label></rdf:Description>
            </rdf:RDF>
            """.formatted(secret.toUri());
        ImportReport r = refused("xxe.rdf", utf8(xml), "xxe.rdf line 2", "DOCTYPE");
        assertFalse(r.message().contains("SECRET-CONTENT"));
        java.nio.file.Files.delete(secret);
    }

    @Test
    void trixWithAnExternalEntity() throws IOException {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("alukg-secret", ".txt");
        java.nio.file.Files.writeString(secret, "SECRET-CONTENT");
        String xml = """
            <?xml version="1.0"?>
            <!DOCTYPE TriX [ <!ENTITY secret SYSTEM "%s"> ]>
            <TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/">
              <graph><triple><uri>https://example.org/x</uri><uri>http://www.w3.org/2000/01/rdf-schema#label</uri>
                <plainLiteral>&secret;</plainLiteral></triple></graph>
            </TriX>
            """.formatted(secret.toUri());
        ImportReport r = refused("xxe.trix", utf8(xml), "xxe.trix line 2", "DOCTYPE");
        assertFalse(r.message().contains("SECRET-CONTENT"));
        java.nio.file.Files.delete(secret);
    }

    @Test
    void zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.nt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++)
                zip.write(zeros);
            zip.closeEntry();
        }
        assertTrue(bytes.size() < 1 << 20, "a small file that expands 200 MiB");
        refused("bomb.zip", bytes.toByteArray(), "bomb.zip!bomb.nt: refused as a zip bomb");
    }

    @Test
    void ambiguousNamesAreReportedNotGuessed() {
        String twins = RdfContract.turtle("Example Twin").replace("example-contract-rdf>", "example-twin-a>")
            + RdfContract.turtle("Example Twin").replace("example-contract-rdf>", "example-twin-b>")
                .replaceAll("@prefix[^\n]*\n", "");
        ImportReport setup = ImportTesting.runOne(store, "twins.ttl", utf8(twins), ImportTesting.options());
        assertEquals(ImportReport.IMPORTED, setup.status(), setup::summary);
        before = ImportTesting.snapshot(store);
        refused("refers.csv", utf8(HEADER + "Example Buyer,Example Buyer,supplier,Alma,02,equipment,Example Twin,,2024,low\n"),
                "refers.csv row 1 (line 2), column customers: ambiguous reference: 'Example Twin' could be org/example-twin-a, org/example-twin-b");
        refused("same.csv", utf8(HEADER + "Example Twin,Example Twin,supplier,Alma,02,,,,2024,low\n"),
                "same.csv row 1 (line 2), column name_fr: ambiguous match: 'Example Twin'");
    }

    @Test
    void unknownFormat() {
        refused("notes.docx", utf8("hello"), "notes.docx: unknown format");
    }
}
