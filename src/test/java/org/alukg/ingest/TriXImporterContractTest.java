package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class TriXImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "graphs.trix"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.TRIX); }
    @Override String brokenWhere() { return "line"; }
}
