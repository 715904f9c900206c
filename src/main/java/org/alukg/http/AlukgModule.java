package org.alukg.http;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.PathItem;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * A feature of alukg (linked data, named queries, tracing, imports …) as a Fuseki module. The server lists its
 * modules in one place and hands them to Fuseki, which calls {@link #prepare} while the server is built — the
 * module mounts its servlets at paths of {@link Routes} there — and the start and stop hooks of
 * {@link FusekiModule} around its life. Nothing binds a port or opens a store in a module's constructor.
 */
public interface AlukgModule extends FusekiModule {

    /** Mounts this module's servlets and filters on the server being built. */
    void mount(FusekiServer.Builder builder);

    @Override
    default void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        mount(builder);
    }

    /**
     * The OpenAPI path items this module serves, keyed by path (for example {@link Routes#TRACE}); the server
     * assembles the OpenAPI document of all APIs from what every module declares here.
     */
    default Map<String, PathItem> openApiPaths() { return Map.of(); }

    /**
     * What this module still builds for the store's current data version (a snapshot, an index), as one line for
     * {@code /$/ready}; empty when it is ready. Asking may start the building in the background; it never waits.
     */
    default java.util.Optional<String> notReady() { return java.util.Optional.empty(); }
}
