package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class TriGImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "graphs.trig"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.TRIG); }
    @Override String brokenWhere() { return "line"; }
}
