package org.alukg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs of the alukg ontology, of its things and of its graphs. */
public final class Alu {
    private Alu() {}

    /** The ontology namespace (prefix {@code alu:}). */
    public static final String NS = "https://w3id.org/alukg/ontology#";
    /** The default public base under which things and graphs are named. */
    public static final String BASE = "https://w3id.org/alukg/";
    /** Things: {@code BASE + "id/" + kind + "/" + slug}. */
    public static final String ID = BASE + "id/";
    /** Named graphs. */
    public static final String GRAPH = BASE + "graph/";

    public static final Node GRAPH_ONTOLOGY = NodeFactory.createURI(GRAPH + "ontology");
    public static final Node GRAPH_SHAPES = NodeFactory.createURI(GRAPH + "shapes");
    public static final Node GRAPH_CURATED = NodeFactory.createURI(GRAPH + "curated");
    public static final Node GRAPH_META = NodeFactory.createURI(GRAPH + "meta");
    /** The RDFS closure of the data, kept by {@code org.alukg.inference}: never written by hand, never validated as data. */
    public static final Node GRAPH_INFERRED = NodeFactory.createURI(GRAPH + "inferred");
    /** Prefix of the graphs that imports write, one per import. */
    public static final String GRAPH_IMPORT_PREFIX = GRAPH + "import/";

    public static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    public static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    /** The IRI of a thing of our own, e.g. {@code id("site", "alma")}. */
    public static String id(String kind, String slug) { return ID + kind + "/" + slug; }

    // Core classes (a contract: never rename)
    public static final Resource Organization = resource("Organization");
    public static final Resource Producer = resource("Producer");
    public static final Resource Supplier = resource("Supplier");
    public static final Resource Processor = resource("Processor");
    public static final Resource Manufacturer = resource("Manufacturer");
    public static final Resource Association = resource("Association");
    public static final Resource ResearchCentre = resource("ResearchCentre");
    public static final Resource TrainingCentre = resource("TrainingCentre");
    public static final Resource Authority = resource("Authority");
    public static final Resource Facility = resource("Facility");
    public static final Resource Smelter = resource("Smelter");
    public static final Resource Industry = resource("Industry");
    public static final Resource Region = resource("Region");
    public static final Resource Product = resource("Product");
    public static final Resource SupplyRelationship = resource("SupplyRelationship");
    public static final Resource Ownership = resource("Ownership");
    public static final Resource Source = resource("Source");

    // Core properties
    public static final Property operator = property("operator");
    public static final Property owner = property("owner");
    public static final Property ownedEntity = property("ownedEntity");
    public static final Property sharePercent = property("sharePercent");
    public static final Property supplier = property("supplier");
    public static final Property customer = property("customer");
    public static final Property product = property("product");
    public static final Property suppliesTo = property("suppliesTo");
    public static final Property region = property("region");
    public static final Property industry = property("industry");
    public static final Property openedIn = property("openedIn");
    public static final Property closedIn = property("closedIn");
    public static final Property capacity = property("capacity");
    public static final Property tonnesPerYear = property("tonnesPerYear");
    public static final Property asOf = property("asOf");

    // Bookkeeping of the store (graph/meta)
    public static final Property contentDigest = property("contentDigest");
    public static final Property loadedAt = property("loadedAt");
}
