package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.http.AlukgModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** The server assembles the OpenAPI document from what each module declares, not from a list one module is handed. */
class OpenApiDocumentTest {

    private static AlukgModule module(String path, String summary) {
        return new AlukgModule() {
            @Override public void mount(FusekiServer.Builder builder) {}
            @Override public Map<String, PathItem> openApiPaths() {
                return Map.of(path, new PathItem().get(new Operation().summary(summary).responses(
                    new ApiResponses().addApiResponse("200", new ApiResponse().description("ok")))));
            }
        };
    }

    @Test
    void theDocumentGathersThePathsOfEveryModule() {
        ObjectNode doc = OpenApiDocument.of(List.of(module("/api/trace", "Trace supply"), module("/api/other", "Other")))
                                        .json();
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertEquals("Trace supply", doc.path("paths").path("/api/trace").path("get").path("summary").asText());
        assertEquals("Other", doc.path("paths").path("/api/other").path("get").path("summary").asText());
        assertTrue(doc.path("paths").has("/api/openapi.json"), "the server's own path");
    }
}
