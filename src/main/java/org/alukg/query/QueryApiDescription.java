package org.alukg.query;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.http.OpenApiProblems;
import org.alukg.http.Routes;

/** The OpenAPI 3.1 path items of the named queries: the listing and one per query, read with GET or POST. */
final class QueryApiDescription {
    private QueryApiDescription() {}

    /** The path items of the query API: the listing, and one per named query. */
    static Map<String, PathItem> queryPaths(Catalog catalog) {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(Routes.QUERIES, new PathItem().get(new Operation()
            .operationId("listQueries")
            .summary("The named queries, with their summaries and parameters")
            .addTagsItem("catalog")
            .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                .description("The named queries")
                .content(new Content().addMediaType("application/json", new MediaType().schema(type("array"))))))));
        for (NamedQuery q : catalog.all())
            paths.put(Routes.namedQuery(q.name()), queryPath(q));
        Schema<Object> names = type("string");
        catalog.all().forEach(q -> names.addEnumItemObject(q.name()));
        paths.put(Routes.namedQuery("{name}") + QueriesServlet.SPARQL_SUFFIX, new PathItem().get(new Operation()
            .operationId("boundQueryText")
            .summary("The SPARQL text of a named query with its parameters bound")
            .description("The parameters are those of GET " + Routes.namedQuery("{name}") + ", checked the same way "
                         + "and bound as RDF terms in a VALUES block: the query to run elsewhere or to edit. The query "
                         + "editor's form for a badge with parameters asks here.")
            .addTagsItem("catalog")
            .addParametersItem(new io.swagger.v3.oas.models.parameters.Parameter().name("name").in("path").required(true)
                .description("The named query").schema(names))
            .responses(new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("The query")
                    .content(new Content().addMediaType("application/sparql-query", new MediaType().schema(type("string")))))
                .addApiResponse("400", OpenApiProblems.response("A bad, missing or unknown parameter"))
                .addApiResponse("404", OpenApiProblems.response("No such named query")))));
        return paths;
    }

    private static PathItem queryPath(NamedQuery q) {
        List<ResultFormat> formats = ResultFormat.forQuery(q);
        Schema<Object> format = type("string");
        formats.forEach(f -> format.addEnumItemObject(f.id()));
        format._default(formats.get(0).id());

        List<io.swagger.v3.oas.models.parameters.Parameter> params = new ArrayList<>();
        for (Parameter p : q.parameters())
            params.add(new io.swagger.v3.oas.models.parameters.Parameter()
                .name(p.name())
                .in("query")
                .required(p.required() && p.defaults().isEmpty())
                .description(p.description() + " (" + p.kindName() + "; repeat the parameter for several values)")
                .style(io.swagger.v3.oas.models.parameters.Parameter.StyleEnum.FORM)
                .explode(true)
                .schema(arrayOf(p)));
        params.add(new io.swagger.v3.oas.models.parameters.Parameter()
            .name("format").in("query").description("The answer's format; without it, the Accept header decides")
            .schema(format));
        if (q.isSelect()) {
            params.add(pageParameter("page", "The page of rows, from 1", null, null));
            params.add(pageParameter("per_page", "Rows per page" + (q.pagination() == null
                                                                        ? "; without page or per_page all rows come" : ""),
                                     Answer.Page.MAX_PER_PAGE, q.pagination()));
        }

        Content answers = new Content();
        for (ResultFormat f : formats)
            answers.addMediaType(f.mediaType(), new MediaType().schema(f == ResultFormat.JSON
                ? type("array").items(type("object")) : type("string")));
        ApiResponses responses = new ApiResponses()
            .addApiResponse("200", new ApiResponse()
                .description("The answer" + (q.isSelect() ? "; a Link header (RFC 8288) points to the next and "
                                                            + "previous pages" : ""))
                .content(answers))
            .addApiResponse("400", OpenApiProblems.response(
                "A bad, missing or unknown parameter, or a format this query cannot give"))
            .addApiResponse("406", OpenApiProblems.response("No format of this query matches the Accept header"));

        Schema<Object> form = type("object");
        for (Parameter p : q.parameters()) {
            form.addProperty(p.name(), arrayOf(p).description(p.description()));
            if (p.required() && p.defaults().isEmpty())
                form.addRequiredItem(p.name());
        }
        form.addProperty("format", format);

        PathItem item = new PathItem().summary(q.summary())
            .get(operation(q, "").parameters(params).responses(responses))
            .post(operation(q, "Post")
                .requestBody(new RequestBody().required(false).content(new Content().addMediaType(
                    "application/x-www-form-urlencoded", new MediaType().schema(form))))
                .responses(responses));
        if (!q.description().isEmpty())
            item.description(q.description());
        return item;
    }

    private static Operation operation(NamedQuery q, String suffix) {
        Operation op = new Operation().operationId(camel(q.name()) + suffix).summary(q.summary())
            .tags(q.tags().isEmpty() ? List.of("queries") : q.tags());
        if (!q.description().isEmpty())
            op.description(q.description());
        return op;
    }

    /** The schema of a parameter's values: an array, for a parameter may be repeated. */
    private static Schema<Object> arrayOf(Parameter p) {
        Schema<Object> items = switch (p.kind()) {
            case INTEGER -> type("integer");
            case DECIMAL -> type("number");
            case IRI -> type("string").format("iri-reference");
            default -> type("string");
        };
        p.allowed().forEach(items::addEnumItemObject);
        Schema<Object> s = type("array").items(items);
        if (!p.defaults().isEmpty())
            s._default(p.defaults());
        return s;
    }

    private static io.swagger.v3.oas.models.parameters.Parameter pageParameter(String name, String description,
                                                                               Integer max, Integer byDefault) {
        Schema<Object> s = type("integer").minimum(BigDecimal.ONE);
        if (max != null)
            s.maximum(BigDecimal.valueOf(max));
        if (byDefault != null)
            s._default(byDefault);
        return new io.swagger.v3.oas.models.parameters.Parameter().name(name).in("query").description(description)
            .schema(s);
    }

    @SuppressWarnings("unchecked")
    private static Schema<Object> type(String type) { return new JsonSchema().types(Set.of(type)); }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '-' || c == '/') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
