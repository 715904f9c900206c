package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/openapi.json validates against the OpenAPI 3.1 schema and lists every named query. */
class OpenApiTest {
    @TempDir static Path home;
    static ApiServer server;
    static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = ApiServer.start(home);
        HttpResponse<String> r = server.get("/api/openapi.json", null);
        assertEquals(200, r.statusCode());
        doc = new ObjectMapper().readTree(r.body());
    }

    @AfterAll
    static void stop() { server.close(); }

    static JsonSchema oas31() throws Exception {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi/oas-3.1-schema.yaml")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, com.networknt.schema.InputFormat.YAML,
                com.networknt.schema.SchemaValidatorsConfig.builder().build());
        }
    }

    @Test
    void validatesAsOpenApi31() throws Exception {
        assertEquals("3.1.0", doc.get("openapi").asText());
        Set<ValidationMessage> problems = oas31().validate(doc);
        assertEquals(Set.of(), problems);
    }

    @Test
    void theValidatorDoesCatchABrokenDocument() throws Exception {
        JsonNode broken = doc.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("info")).remove("version");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("paths").get("/api/queries/smelters").get("get"))
            .putObject("responses").putObject("200");
        Set<ValidationMessage> problems = oas31().validate(broken);
        assertTrue(problems.stream().anyMatch(m -> m.getMessage().contains("version")), problems.toString());
        assertTrue(problems.stream().anyMatch(m -> m.getMessage().contains("description")), problems.toString());
    }

    @Test
    void listsEveryQueryOfQueriesWithItsParameters() throws Exception {
        Catalog catalog = Catalog.read(Content.PROJECT.resolve("queries"));
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
