package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;

import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every importer must do, written once and run for each format by a subclass: import into its own graph
 * with provenance, visible in the union default graph; change nothing the second time; refuse broken input
 * naming where it broke, leaving the store as it was; replace only when asked, in one step; read .gz the same.
 */
abstract class AbstractImporterContractTest {
    /** A file name whose ending selects the format under test. */
    abstract String fileName();

    /** A valid input that describes an organisation with the English label {@code label} (blank node labels may differ per call). */
    abstract byte[] valid(String label);

    /** The English label of the organisation the valid input describes. */
    String label() { return "Example Contract Firm"; }

    /** The input broken near its end; by default the valid input without its last 12 bytes. */
    byte[] broken() {
        byte[] v = valid(label());
        return Arrays.copyOf(v, v.length - 12);
    }

    /** What the refusal of {@link #broken()} must say about where it broke, besides the file name. */
    abstract String brokenWhere();

    @RegisterExtension final Curated curated = Curated.project();
    Store store;

    @BeforeEach
    void open() { store = curated.copy(); }

    @Test
    void importsIntoItsOwnGraphWithProvenance() {
        ImportReport r = ImportTesting.runOne(store, fileName(), valid(label()), ImportTesting.options());
        assertEquals(ImportReport.IMPORTED, r.status(), () -> r.problems().toString());
        assertTrue(r.triples() > 0);
        Node graph = NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + r.id());
        assertEquals(graph.getURI(), r.graph());
        assertTrue(ImportTesting.hasOrganisation(store, label()), "the organisation is in the union default graph");
        store.read(() -> {
            var dsg = store.dataset();
            assertTrue(dsg.contains(Alu.GRAPH_META, graph, Alu.contentDigest.asNode(), NodeFactory.createLiteralString(r.sha256())));
            assertTrue(dsg.contains(Alu.GRAPH_META, graph, ImportLedger.FILE_NAME, NodeFactory.createLiteralString(fileName())));
            assertTrue(dsg.contains(Alu.GRAPH_META, graph, org.apache.jena.vocabulary.DCTerms.creator.asNode(),
                                    NodeFactory.createLiteralString("tester")));
            return null;
        });
        var listed = new Imports(store, ImportFormats.standard()).list();
        assertEquals(1, listed.size());
        assertEquals(r.id(), listed.get(0).id());
        assertEquals(r.sha256(), listed.get(0).sha256());
    }

    @Test
    void theSameContentTwiceChangesNothing() {
        byte[] content = valid(label());
        ImportTesting.runOne(store, fileName(), content, ImportTesting.options());
        Set<Quad> before = ImportTesting.snapshot(store);
        ImportReport again = ImportTesting.runOne(store, fileName(), content, ImportTesting.options());
        assertEquals(ImportReport.UNCHANGED, again.status(), again::message);
        assertTrue(again.message().startsWith("already imported as"), again.message());
        assertEquals(before, ImportTesting.snapshot(store));
        ImportReport otherName = ImportTesting.runOne(store, fileName(), content, ImportTesting.options().withName("another-name"));
        assertEquals(ImportReport.UNCHANGED, otherName.status());
        assertEquals(before, ImportTesting.snapshot(store));
    }

    @Test
    void brokenInputIsRefusedNamingWhereAndTheStoreIsUnchanged() {
        Set<Quad> before = ImportTesting.snapshot(store);
        ImportReport r = ImportTesting.runOne(store, fileName(), broken(), ImportTesting.options());
        assertEquals(ImportReport.REFUSED, r.status());
        assertTrue(r.message().contains(fileName()), r.message());
        assertTrue(r.message().contains(brokenWhere()), r.message());
        assertEquals(before, ImportTesting.snapshot(store));
    }

    @Test
    void otherContentUnderTheSameNameIsRefusedUnlessReplacing() {
        ImportTesting.runOne(store, fileName(), valid(label()), ImportTesting.options());
        Set<Quad> before = ImportTesting.snapshot(store);
        String newLabel = "Example Contract Firm Renamed";
        ImportReport refused = ImportTesting.runOne(store, fileName(), valid(newLabel), ImportTesting.options());
        assertEquals(ImportReport.REFUSED, refused.status());
        assertTrue(refused.message().contains("already exists with other content"), refused.message());
        assertEquals(before, ImportTesting.snapshot(store));

        ImportReport replaced = ImportTesting.runOne(store, fileName(), valid(newLabel), ImportTesting.options().withReplace(true));
        assertEquals(ImportReport.REPLACED, replaced.status(), () -> replaced.problems().toString());
        assertTrue(ImportTesting.hasOrganisation(store, newLabel));
        assertFalse(ImportTesting.hasOrganisation(store, label()), "nothing of the replaced import is left");
        assertEquals(1, new Imports(store, ImportFormats.standard()).list().size());
    }

    @Test
    void gzippedInputImportsTheSameTriples() {
        byte[] content = valid(label());
        ImportReport plain = ImportTesting.runOne(store, fileName(), content, ImportTesting.options());
        try (Store other = curated.copy()) {
            ImportReport gz = ImportTesting.runOne(other, fileName() + ".gz", ImportTesting.gzip(content), ImportTesting.options());
            assertEquals(ImportReport.IMPORTED, gz.status(), () -> gz.problems().toString());
            assertEquals(plain.triples(), gz.triples());
            assertEquals(plain.id(), gz.id());
        }
    }
}
