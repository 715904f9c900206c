package org.alukg.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.OpenApiParameters;
import org.alukg.http.OpenApiProblems;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Full-text search: {@code GET /api/search} (JSON), the results page {@code /search} that the search box of every
 * page sends to, and the SPARQL property function {@code alu:search}; all over the {@link SearchService} of the
 * server's store, whose index follows every change of the data.
 */
public final class SearchModule implements AlukgModule {
    private final ModuleContext context;
    private volatile SearchService service;

    public SearchModule(ModuleContext context) { this.context = context; }

    @Override
    public String name() { return "search"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        service = new SearchService(context.store(), context.base());
        SearchFunction.enable(context.store().dataset(), service);
        builder.addServlet(Routes.SEARCH, new SearchServlet(service));
    }

    /** The results page ({@code /search}, a page of the linked-data module) answers from this server's index. */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        server.getServletContext().setAttribute(SearchService.ATTRIBUTE, service);
    }

    /**
     * Not made when the server starts (most servers of the tests never search): the first search makes the index, or
     * the first {@code /$/ready} starts making it in the background and answers not ready until it is made.
     */
    @Override
    public Optional<String> notReady() {
        return service == null || service.readyOrBuilding() ? Optional.empty()
            : Optional.of("search: the index of the current data is being made");
    }

    @Override
    public Map<String, PathItem> openApiPaths() {
        Operation get = new Operation().operationId("search")
            .summary("Find organisations, facilities, products, regions and industries by name")
            .description("Full-text search over names, alternative names and acronyms, municipalities and "
                         + "descriptions, in French and English: case and accents do not matter, French elisions "
                         + "(l'aluminerie) are dropped, other forms of a word (plurals) match, and the last word also "
                         + "matches by its beginning, for suggestions as one types. Best first: a whole name, then "
                         + "names, alternative names, municipalities, descriptions.")
            .parameters(List.of(
                OpenApiParameters.query("q", "The text, at most " + SearchRequest.MAX_QUERY_CHARS + " characters.", "string", true,
                          List.of()),
                OpenApiParameters.query("kind", "Only things of these kinds (comma-separated or repeated); default all.", "string",
                          false, SearchRequest.allKinds()),
                OpenApiParameters.query("limit", "At most this many results, 1 to " + SearchRequest.MAX_LIMIT + " (default "
                                   + SearchRequest.DEFAULT_LIMIT + ").", "integer", false, List.of()),
                OpenApiParameters.query("lang", "Names in en (default) or fr.", "string", false, List.of("en", "fr"))))
            .responses(new ApiResponses()
                .addApiResponse("200", new ApiResponse()
                    .description("The query as understood and the results, best first: iri, id (short form), kind, "
                                 + "label, score (within this answer), page (on this server).")
                    .content(new Content().addMediaType("application/json", new MediaType().schema(answer()))))
                .addApiResponse("400", OpenApiProblems.response(
                    "q missing or too long, an unknown kind, a limit out of range (the detail names it).")));
        return Map.of(Routes.SEARCH, new PathItem().get(get));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<Object> answer() {
        Schema<Object> hit = new JsonSchema().types(Set.of("object"));
        for (String s : List.of("iri", "id", "kind", "label", "page"))
            hit.addProperty(s, new JsonSchema().types(Set.of("string")));
        hit.addProperty("score", new JsonSchema().types(Set.of("number")));
        Schema<Object> answer = new JsonSchema().types(Set.of("object"));
        answer.addProperty("q", new JsonSchema().types(Set.of("string")));
        answer.addProperty("kind", new JsonSchema().types(Set.of("array")).items(new JsonSchema().types(Set.of("string"))));
        answer.addProperty("limit", new JsonSchema().types(Set.of("integer")));
        answer.addProperty("results", new JsonSchema().types(Set.of("array")).items((Schema) hit));
        return answer;
    }

}
