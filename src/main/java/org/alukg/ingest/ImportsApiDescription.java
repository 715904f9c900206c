package org.alukg.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.http.ProblemResponses;
import org.alukg.http.Routes;

/**
 * The OpenAPI description of {@code /api/imports}: the import report as {@code application/json} for imports and
 * refusals of the input, problem documents ({@code application/problem+json}) for requests that are wrong before
 * any input is read.
 */
final class ImportsApiDescription {
    private static final String TAG = "imports";

    private ImportsApiDescription() {}

    static Map<String, PathItem> paths() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(Routes.IMPORTS, new PathItem().get(list()).post(post()));
        paths.put(Routes.IMPORTS + "/{id}", new PathItem()
            .parameters(List.of(new PathParameter().name("id").required(true).description("The import's id").schema(string())))
            .get(new Operation().operationId("getImport").summary("One import's provenance").addTagsItem(TAG)
                .responses(new ApiResponses()
                    .addApiResponse("200", json("the import", provenance()))
                    .addApiResponse("404", problem("no such import"))))
            .delete(new Operation().operationId("deleteImport").addTagsItem(TAG)
                .summary("Remove an import: its graph and provenance (HTTP Basic credentials)")
                .responses(new ApiResponses()
                    .addApiResponse("204", new ApiResponse().description("removed"))
                    .addApiResponse("401", problem("credentials required"))
                    .addApiResponse("404", problem("no such import"))
                    .addApiResponse("409", problem("refused: what remains would violate the shapes (something links to "
                                                   + "this import); the violations are in problems")))));
        return paths;
    }

    private static Operation list() {
        return new Operation().operationId("listImports").addTagsItem(TAG)
            .summary("The imports, newest first, with their provenance (file, SHA-256, time, counts, who)")
            .responses(new ApiResponses().addApiResponse("200", json("JSON array of imports", array(provenance()))));
    }

    private static Operation post() {
        List<Parameter> parameters = List.of(
            query("name", "the import's name (its id); default from the file name"),
            query("format", "csv, json, turtle, ntriples, nquads, trig, rdfxml, jsonld, rdf4j-binary …; default from the file name or Content-Type"),
            query("replace", "true to replace an earlier import of the same name"),
            query("skipBadRows", "true to import the good rows and report the bad ones"));
        Schema<Object> upload = object().addProperty("file", binary());
        for (Parameter p : parameters)
            upload.addProperty(p.getName(), string());
        return new Operation().operationId("importFile").addTagsItem(TAG)
            .summary("Import a CSV or JSON inventory or an RDF file, validated and committed whole or not at all (HTTP Basic credentials)")
            .parameters(parameters)
            .requestBody(new RequestBody().required(true).content(new Content()
                .addMediaType("multipart/form-data", new MediaType().schema(upload))
                .addMediaType("*/*", new MediaType().schema(binary()))))
            .responses(new ApiResponses()
                .addApiResponse("201", json("imported: the import report", report()))
                .addApiResponse("200", json("replaced, or unchanged (already imported, under the id the report names): the import report", report()))
                .addApiResponse("400", reportOrProblem("refused: the input does not parse or rows are wrong (the report names "
                                                       + "file, line or row and column, every error of every row), or every row "
                                                       + "was rejected; or the request is wrong (an unknown parameter, a multipart "
                                                       + "upload that does not parse or holds no file): a problem document"))
                .addApiResponse("401", problem("credentials required"))
                .addApiResponse("409", json("refused: an import of that name exists with other content (use replace=true)", report()))
                .addApiResponse("413", json("refused: the input is over the import caps, or expands too far (a zip bomb)", report()))
                .addApiResponse("415", reportOrProblem("refused: unknown format (the report), or no Content-Type (a problem document)"))
                .addApiResponse("422", json("refused: the data violates the SHACL shapes; the report lists the violations", report())));
    }

    private static Parameter query(String name, String description) {
        return new QueryParameter().name(name).description(description).schema(string());
    }

    private static ApiResponse json(String description, Schema<?> schema) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
            .content(new Content().addMediaType(ProblemResponses.PROBLEM_JSON, new MediaType().schema(problemDocument())));
    }

    private static ApiResponse reportOrProblem(String description) {
        return new ApiResponse().description(description).content(new Content()
            .addMediaType("application/json", new MediaType().schema(report()))
            .addMediaType(ProblemResponses.PROBLEM_JSON, new MediaType().schema(problemDocument())));
    }

    /** The import report (see {@link ImportReport}). */
    private static Schema<Object> report() {
        Schema<Object> s = object().description("What an import did");
        for (String p : List.of("id", "graph", "file", "format", "sha256", "message", "importedAt", "who"))
            s.addProperty(p, string());
        s.addProperty("status", string().description("imported, replaced, unchanged or refused"));
        for (String p : List.of("rows", "triples", "created", "linked", "millis"))
            s.addProperty(p, integer());
        s.addProperty("rejected", array(object().description("a row left out, with every error in it")
            .addProperty("row", integer()).addProperty("where", string()).addProperty("error", string())
            .addProperty("errors", array(object().addProperty("where", string()).addProperty("error", string())))
            .addProperty("values", object())));
        s.addProperty("problems", array(string()).description("why it was refused, one line each"));
        return s;
    }

    /** One import's provenance (see {@link ImportProvenance}). */
    private static Schema<Object> provenance() {
        Schema<Object> s = object();
        for (String p : List.of("id", "graph", "file", "format", "sha256", "importedAt", "who"))
            s.addProperty(p, string());
        for (String p : List.of("rowCount", "tripleCount", "entitiesCreated", "entitiesLinked", "rowsRejected"))
            s.addProperty(p, integer());
        return s;
    }

    /** An RFC 9457 problem document as {@link ProblemResponses} writes it. */
    private static Schema<Object> problemDocument() {
        Schema<Object> s = object().description("RFC 9457 problem document");
        for (String p : List.of("type", "title", "detail", "instance", "requestId", "field", "value"))
            s.addProperty(p, string());
        s.addProperty("status", integer());
        s.addProperty("problems", array(string()));
        return s;
    }

    private static Schema<Object> object() { return typed("object"); }

    private static Schema<Object> string() { return typed("string"); }

    private static Schema<Object> integer() { return typed("integer"); }

    private static Schema<Object> binary() { return typed("string").format("binary"); }

    private static Schema<Object> array(Schema<?> items) {
        Schema<Object> s = typed("array");
        s.setItems(items);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Schema<Object> typed(String type) { return (Schema<Object>) (Schema<?>) new JsonSchema().types(Set.of(type)); }
}
