package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class RdfXmlImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "graph.rdf"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.RDFXML); }
    @Override String brokenWhere() { return "line"; }
}
