package org.alukg.ingest;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/** RDF4J Binary: Jena has no writer for it, so the test writes it with Rio's. */
class Rdf4jBinaryImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "graph.brf"; }

    @Override
    byte[] valid(String label) {
        try {
            Model m = Rio.parse(new StringReader(RdfContract.turtle(label)), "", RDFFormat.TURTLE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Rio.write(m, out, RDFFormat.BINARY);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override String brokenWhere() { return "RDF does not parse"; }
}
