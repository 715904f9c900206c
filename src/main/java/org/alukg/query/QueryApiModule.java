package org.alukg.query;

import java.util.Map;

import io.swagger.v3.oas.models.PathItem;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The named queries on the server: {@code GET /api/queries} lists them, {@code GET} or {@code POST}
 * {@code /api/queries/{name}} runs one, and the query editor offers each named query as a ready example. The
 * catalog is read and checked when the module is made (short forms under the server's base): a broken file stops
 * the start.
 */
public final class QueryApiModule implements AlukgModule {
    private final ModuleContext context;
    private final Catalog catalog;

    public QueryApiModule(ModuleContext context) {
        this.context = context;
        this.catalog = Catalog.read(context.locations().queriesDir(), context.base());
    }

    @Override
    public String name() { return "named queries"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        QueriesServlet queries = new QueriesServlet(catalog, context.store());
        builder.addServlet(Routes.QUERIES, queries)
               .addServlet(Routes.under(Routes.QUERIES), queries)
               .addFilter("/static/*", new UiExamplesFilter(catalog));
    }

    @Override
    public Map<String, PathItem> openApiPaths() { return QueryApiDescription.queryPaths(catalog); }
}
