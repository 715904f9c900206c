package org.alukg.linkeddata;

import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Linked data: every IRI of ours dereferences ({@code /id/…} → 303 → {@code /doc/…}) to RDF or a bilingual page;
 * the ontology at {@code /ontology} and its JSON-LD context; the dataset description at {@code /void} and
 * {@code /.well-known/void}; downloads at {@code /dumps/}; the style sheet at {@code /web/}. All read-only; CORS
 * comes from the server's filter, which covers every path.
 */
public final class LinkedDataModule implements AlukgModule {
    private final ModuleContext context;

    public LinkedDataModule(ModuleContext context) { this.context = context; }

    @Override
    public String name() { return "linked data"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        String base = context.base();
        Describer describer = new Describer(context.store());
        Suggestions near = new Suggestions(context.store(), base);
        ContextDocument jsonld = new ContextDocument(context.locations().ontologyDir());
        builder.addServlet(Routes.under(Routes.ID), new IdServlet(base, describer, near));
        builder.addServlet(Routes.under(Routes.DOC), new DocServlet(base, describer, near, jsonld));
        OntologyServlet ontology = new OntologyServlet(base, context.store(), jsonld);
        OntologyServlet.paths().forEach(p -> builder.addServlet(p, ontology));
        VoidServlet voidServlet = new VoidServlet(base, new DatasetDescription(context.store(), base), jsonld);
        builder.addServlet(Routes.VOID, voidServlet);
        builder.addServlet(Routes.WELL_KNOWN_VOID, voidServlet);
        for (RdfFormat f : RdfFormat.values())
            builder.addServlet(f.path(Routes.VOID), voidServlet);
        DumpServlet dumps = new DumpServlet(base, new Dumps(context.store()));
        builder.addServlet(Routes.under(Routes.DUMPS), dumps);
        builder.addServlet(Routes.under(Routes.ASSETS), new AssetServlet(base));
    }
}
