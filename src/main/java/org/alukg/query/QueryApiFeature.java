package org.alukg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alukg.server.ServerContext;
import org.alukg.server.ServerFeature;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The named queries on the server: {@code GET /api/queries} lists them, {@code GET} or {@code POST}
 * {@code /api/queries/{name}} runs one, {@code /api/openapi.json} describes every API of the server (the
 * path items of all its features) as OpenAPI 3.1, {@code /api/} shows that description as a page, and the
 * query editor offers each named query as a ready example. The catalog is read and checked when the server
 * is built: a broken file stops the start.
 */
public final class QueryApiFeature implements ServerFeature {
    private final Supplier<List<ServerFeature>> features;
    private Catalog catalog;

    /** {@code features}: every feature of the server (this one included), for the OpenAPI document. */
    public QueryApiFeature(Supplier<List<ServerFeature>> features) { this.features = features; }

    @Override
    public void addTo(FusekiServer.Builder builder, ServerContext context) {
        catalog = Catalog.read(context.options().queriesDir());
        QueriesServlet queries = new QueriesServlet(catalog, context.store());
        builder.addServlet("/api/queries", queries)
               .addServlet("/api/queries/*", queries)
               .addServlet("/api/openapi.json", new OpenApiServlet(this::document))
               .addServlet("/api/", new ApiPageServlet(this::document))
               .addFilter("/static/*", new UiExamplesFilter(catalog));
    }

    /** The OpenAPI document of the whole server, built from the catalog and every feature's path items. */
    OpenApi document() {
        Map<String, ObjectNode> paths = new LinkedHashMap<>();
        for (ServerFeature f : features.get())
            paths.putAll(f.openApiPaths());
        return new OpenApi(paths);
    }

    @Override
    public Map<String, ObjectNode> openApiPaths() {
        return catalog == null ? Map.of() : OpenApi.queryPaths(catalog);
    }
}
