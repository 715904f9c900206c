package org.alukg.server;

import org.alukg.store.Store;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description of our endpoint, with the named graphs the store holds now. */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final Store store;

    public ServiceDescription(Store store) { this.store = store; }

    public Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(endpoint + "#service").addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(p(m, "endpoint"), m.createResource(endpoint));
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"})
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + f));
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        service.addProperty(p(m, "defaultDataset"), dataset);
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        dataset.addProperty(p(m, "defaultGraph"), defaultGraph);
        store.read(() -> {
            var graphs = store.dataset().listGraphNodes();
            while (graphs.hasNext()) {
                var name = graphs.next();
                long size = store.dataset().getGraph(name).size();
                Resource g = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                              .addLiteral(m.createProperty("http://rdfs.org/ns/void#triples"), size);
                dataset.addProperty(p(m, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(p(m, "name"), m.createResource(name.getURI()))
                    .addProperty(p(m, "graph"), g));
            }
            defaultGraph.addLiteral(m.createProperty("http://rdfs.org/ns/void#triples"), store.dataset().getUnionGraph().size());
            return null;
        });
        return m;
    }

    private static Property p(Model m, String local) { return m.createProperty(SD + local); }
}
