package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class NTriplesImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "triples.nt"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.NTRIPLES); }
    @Override String brokenWhere() { return "line"; }
}
