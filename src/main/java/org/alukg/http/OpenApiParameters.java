package org.alukg.http;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/** How a module's OpenAPI paths describe a parameter of the query string. */
public final class OpenApiParameters {
    private OpenApiParameters() {}

    /** A query parameter of JSON type {@code type} ("string", "integer", "boolean"), its values {@code allowed} when not empty. */
    public static Parameter query(String name, String description, String type, boolean required, List<String> allowed) {
        @SuppressWarnings("unchecked")
        Schema<Object> schema = new JsonSchema().types(Set.of(type));
        allowed.forEach(schema::addEnumItemObject);
        return new Parameter().name(name).in("query").required(required).description(description).schema(schema);
    }
}
