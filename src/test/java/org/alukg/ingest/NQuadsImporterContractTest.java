package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class NQuadsImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "quads.nq"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.NQUADS); }
    @Override String brokenWhere() { return "line"; }
}
