package org.alukg.web;

import org.alukg.server.ServerContext;
import org.alukg.server.ServerFeature;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Linked data: every IRI of ours dereferences ({@code /id/…} → 303 → {@code /doc/…}) to RDF or a bilingual page;
 * the ontology at {@code /ontology} and its JSON-LD context; the dataset description at {@code /void} and
 * {@code /.well-known/void}; downloads at {@code /dumps/}; the style sheet at {@code /web/}. All read-only; CORS
 * comes from the server's filter, which covers every path.
 */
public final class LinkedDataFeature implements ServerFeature {

    @Override
    public void addTo(FusekiServer.Builder builder, ServerContext context) {
        String base = context.config().base();
        Describer describer = new Describer(context.store());
        NearNames near = new NearNames(context.store(), base);
        ContextDocument jsonld = new ContextDocument(context.options().ontologyDir());
        builder.addServlet("/id/*", new IdServlet(base, describer, near));
        builder.addServlet("/doc/*", new DocServlet(base, describer, near, jsonld));
        OntologyServlet ontology = new OntologyServlet(base, context.store(), jsonld);
        OntologyServlet.paths().forEach(p -> builder.addServlet(p, ontology));
        VoidServlet voidServlet = new VoidServlet(base, new DatasetDescription(context.store(), base), jsonld);
        builder.addServlet("/void", voidServlet);
        builder.addServlet("/.well-known/void", voidServlet);
        for (RdfFormat f : RdfFormat.values())
            builder.addServlet("/void." + f.extension(), voidServlet);
        DumpServlet dumps = new DumpServlet(base, new Dumps(context.store()));
        builder.addServlet("/dumps", dumps);
        builder.addServlet("/dumps/*", dumps);
        builder.addServlet("/web/*", new AssetServlet(base));
    }
}
