package org.alukg.server;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import org.alukg.http.AlukgModule;
import org.alukg.http.Routes;

/** The OpenAPI 3.1 document of every API of the server, assembled from the path items each module declares. */
final class OpenApiDocument {
    static final ObjectMapper JSON = Json31.mapper();

    private final OpenAPI api;

    private OpenApiDocument(OpenAPI api) { this.api = api; }

    static OpenApiDocument of(List<AlukgModule> modules) {
        Map<String, PathItem> all = new TreeMap<>();
        for (AlukgModule m : modules)
            all.putAll(m.openApiPaths());
        all.putAll(ownPaths());
        Paths paths = new Paths();
        all.forEach(paths::addPathItem);
        OpenAPI api = new OpenAPI(io.swagger.v3.oas.models.SpecVersion.V31)
            .openapi("3.1.0")
            .info(new Info()
                .title("alukg API")
                .version("1")
                .summary("The knowledge graph of the Québec aluminium cluster: named queries and other APIs.")
                .description("Named queries answer the questions everyone asks without writing SPARQL. Parameters "
                    + "are bound as RDF terms; repeat a parameter to give several values. IRIs of our own things may be "
                    + "written short (site/alma for https://w3id.org/alukg/id/site/alma). The SPARQL endpoint itself is "
                    + "at " + Routes.SPARQL + ". Errors are problem documents (RFC 9457, application/problem+json).")
                .license(new License().name("CC BY 4.0 (data)").identifier("CC-BY-4.0")))
            .servers(List.of(new Server().url("/")))
            .paths(paths);
        return new OpenApiDocument(api);
    }

    /** The server's own path: this document. */
    private static Map<String, PathItem> ownPaths() {
        var op = new io.swagger.v3.oas.models.Operation()
            .operationId("openApi")
            .summary("This description, as OpenAPI 3.1")
            .addTagsItem("catalog")
            .responses(new io.swagger.v3.oas.models.responses.ApiResponses().addApiResponse("200",
                new io.swagger.v3.oas.models.responses.ApiResponse().description("The OpenAPI document")
                    .content(new io.swagger.v3.oas.models.media.Content().addMediaType("application/json",
                        new io.swagger.v3.oas.models.media.MediaType().schema(
                            new io.swagger.v3.oas.models.media.JsonSchema().types(java.util.Set.of("object")))))));
        return Map.of(Routes.OPENAPI, new PathItem().get(op));
    }

    OpenAPI model() { return api; }

    /** The document as JSON. */
    ObjectNode json() { return JSON.valueToTree(api); }
}
