package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /api/openapi.json is a valid OpenAPI 3.1 document (checked by swagger-parser) and lists every named query. */
class OpenApiTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;
    static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = curated.server();
        HttpResponse<String> r = server.get("/api/openapi.json", null);
        assertEquals(200, r.statusCode());
        doc = new ObjectMapper().readTree(r.body());
    }

    /** The problems swagger-parser finds in an OpenAPI document; empty when it is valid. */
    static List<String> problems(JsonNode document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(document.toString(), null, options);
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    @Test
    void validatesAsOpenApi31() throws Exception {
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertEquals(List.of(), problems(doc));
    }

    @Test
    void theValidatorDoesCatchABrokenDocument() throws Exception {
        JsonNode broken = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("info")).remove("version");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("paths").get("/api/queries/smelters").get("get"))
            .putObject("responses").putObject("200");
        List<String> problems = problems(broken);
        assertTrue(problems.stream().anyMatch(m -> m.contains("info.version")), problems.toString());
        assertTrue(problems.stream().anyMatch(m -> m.contains("description")), problems.toString());
    }

    @Test
    void listsEveryQueryOfQueriesWithItsParameters() throws Exception {
        Catalog catalog = Catalog.read(curated.locations().queriesDir());
        for (NamedQuery q : catalog.all()) {
            JsonNode get = doc.path("paths").path("/api/queries/" + q.name()).path("get");
            assertEquals(q.summary(), get.path("summary").asText(), q.name());
            List<String> names = new java.util.ArrayList<>();
            get.path("parameters").forEach(p -> names.add(p.get("name").asText()));
            for (Parameter p : q.parameters())
                assertTrue(names.contains(p.name()), q.name() + " lacks " + p.name());
            assertTrue(doc.path("paths").path("/api/queries/" + q.name()).has("post"), q.name());
        }
        assertTrue(doc.path("paths").has("/api/queries"));
        assertTrue(doc.path("paths").has("/api/openapi.json"));
    }
}
