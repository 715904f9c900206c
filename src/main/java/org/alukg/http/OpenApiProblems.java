package org.alukg.http;

import java.util.Set;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * How a module's OpenAPI paths describe an error answer: a problem document ({@code application/problem+json}, RFC
 * 9457) as {@link ProblemResponses} writes it on {@code /api/*}.
 */
public final class OpenApiProblems {
    private OpenApiProblems() {}

    /** An error response of the given description whose body is a problem document. */
    public static ApiResponse response(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType(ProblemResponses.PROBLEM_JSON, new MediaType().schema(document())));
    }

    private static Schema<?> document() {
        return new JsonSchema().types(Set.of("object"))
            .addProperty("type", text("The kind of problem, an IRI").format("uri"))
            .addProperty("title", text("The kind of problem, in words"))
            .addProperty("status", new JsonSchema().types(Set.of("integer")).description("The HTTP status"))
            .addProperty("detail", text("What failed, then the offending value"))
            .addProperty("instance", text("The path asked for"))
            .addProperty("requestId", text("The request's id, as in the X-Request-Id header and the server log"))
            .addProperty("field", text("The offending parameter, where there is one"))
            .addProperty("value", text("The offending value, where there is one"));
    }

    private static Schema<?> text(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
