package org.alukg.ingest;

import org.apache.jena.riot.Lang;

class TurtleImporterContractTest extends AbstractImporterContractTest {
    @Override String fileName() { return "turtle.ttl"; }
    @Override byte[] valid(String label) { return RdfContract.write(label, Lang.TURTLE); }
    @Override String brokenWhere() { return "line"; }
}
