package org.alukg.linkeddata;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Linked data: every IRI of ours dereferences ({@code /id/…} → 303 → {@code /doc/…}) to RDF or a bilingual page;
 * the ontology at {@code /ontology} and its JSON-LD context; the dataset description at {@code /void} and
 * {@code /.well-known/void}; downloads at {@code /dumps/}; the style sheet at {@code /web/}; the charts of figures
 * over time at {@code /api/history}. All read-only; CORS
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
        Browsing browsing = new Browsing(context.store(), base);
        builder.addServlet(Routes.under(Routes.ID), new IdServlet(base, describer, near, browsing));
        builder.addServlet(Routes.under(Routes.CLASSES), new ClassServlet(base, browsing));
        builder.addServlet(Routes.SEARCH_PAGE, SearchPages.servlet(base));
        builder.addServlet(Routes.under(Routes.DOC), new DocServlet(base, describer, near, jsonld,
                                                                          new PageCache(context.store())));
        OntologyServlet ontology = new OntologyServlet(base, context.store(), jsonld, browsing);
        OntologyServlet.paths().forEach(p -> builder.addServlet(p, ontology));
        VoidServlet voidServlet = new VoidServlet(base, new DatasetDescription(context.store(), base), jsonld);
        builder.addServlet(Routes.VOID, voidServlet);
        builder.addServlet(Routes.WELL_KNOWN_VOID, voidServlet);
        for (RdfFormat f : RdfFormat.values())
            builder.addServlet(f.path(Routes.VOID), voidServlet);
        DumpServlet dumps = new DumpServlet(base, new Dumps(context.store()));
        builder.addServlet(Routes.under(Routes.DUMPS), dumps);
        builder.addServlet(Routes.under(Routes.ASSETS), new AssetServlet(base));
        builder.addServlet(Routes.HISTORY, new HistoryServlet(base, describer, near));
    }

    @Override
    public Map<String, PathItem> openApiPaths() {
        Operation get = new Operation().operationId("history")
            .summary("A figure of one thing over time, as an SVG chart")
            .description("One mark per value a source gives, at its year; values that sources give differently for the "
                         + "same year are separate marks, marked as a conflict. The same picture the thing's page shows "
                         + "beside its table of figures.")
            .addParametersItem(query("of", "The thing: a short form such as site/alma.", true))
            .addParametersItem(query("measure", "The figure: capacity, production, employees, memberCount …", true))
            .addParametersItem(query("lang", "Numbers and names in en (default) or fr.", false))
            .responses(new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("The chart")
                    .content(new Content().addMediaType("image/svg+xml", new MediaType().schema(new StringSchema()))))
                .addApiResponse("400", new ApiResponse().description("of or measure missing or malformed"))
                .addApiResponse("404", new ApiResponse().description("No such thing, or no values of this measure over two years or more")));
        return Map.of(Routes.HISTORY, new PathItem().get(get));
    }

    private static Parameter query(String name, String description, boolean required) {
        return new Parameter().in("query").name(name).description(description).required(required).schema(new StringSchema());
    }
}
