package org.alukg.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.PathItem;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

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
               .addFilter("/static/*", new UiExamplesFilter(catalog, ontologyPrefixes(context.locations().ontologyDir())));
    }

    @Override
    public Map<String, PathItem> openApiPaths() { return QueryApiDescription.queryPaths(catalog); }

    /** The prefixes that ontology/alukg.ttl declares, in the order of their names; none when it cannot be read. */
    static Map<String, String> ontologyPrefixes(Path ontologyDir) {
        Path file = ontologyDir.resolve("alukg.ttl");
        if (!Files.isRegularFile(file))
            return Map.of();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return new TreeMap<>(g.getPrefixMapping().getNsPrefixMap());
    }
}
