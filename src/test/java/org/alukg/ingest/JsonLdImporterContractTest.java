package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class JsonLdImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "graph.jsonld"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.JSONLD); }
    @Override String brokenWhere() { return "RDF does not parse"; }
}
