package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.junit.jupiter.api.Test;

/** What the OpenAPI document says about /api/imports: reports as JSON, requests gone wrong as problem documents. */
class ImportsApiDescriptionTest {
    private final Map<String, PathItem> paths = new ImportsModule(null).openApiPaths();

    private static Set<String> mediaTypes(Operation op, String status) {
        return op.getResponses().get(status).getContent().keySet();
    }

    @Test
    void importsAnswerWithReportsAndProblems() {
        Operation post = paths.get("/api/imports").getPost();
        assertEquals(Set.of("application/json"), mediaTypes(post, "201"));
        assertEquals(Set.of("application/json", "application/problem+json"), mediaTypes(post, "400"));
        assertEquals(Set.of("application/problem+json"), mediaTypes(post, "401"));
        assertEquals(Set.of("application/json"), mediaTypes(post, "422"));
        assertEquals(Set.of("name", "format", "replace", "skipBadRows"),
                     Set.copyOf(post.getParameters().stream().map(p -> p.getName()).toList()));
        assertTrue(post.getRequestBody().getContent().containsKey("multipart/form-data"));
        assertTrue(post.getResponses().get("413").getDescription().contains("zip bomb"));
    }

    @Test
    void oneImportsErrorsAreProblems() {
        PathItem one = paths.get("/api/imports/{id}");
        assertEquals(Set.of("application/problem+json"), mediaTypes(one.getGet(), "404"));
        assertEquals(Set.of("application/problem+json"), mediaTypes(one.getDelete(), "409"));
        assertEquals("id", one.getParameters().get(0).getName());
    }
}
