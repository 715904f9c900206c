package org.alukg.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A part of the alukg server (linked data, the query API, tracing, imports …). Each adds its servlets and
 * filters to the Fuseki builder; {@link AlukgServer} lists them explicitly, in order.
 */
public interface ServerFeature {
    /** Called once, before the server is built; nothing may bind a port or open a store here. */
    void addTo(FusekiServer.Builder builder, ServerContext context);

    /** Called once the server is listening, with its real port. */
    default void started(int port) {}

    /**
     * The OpenAPI 3.1 path items this feature serves, keyed by path (for example {@code "/api/trace"}); the
     * OpenAPI document at /api/openapi.json gathers them from every feature of the server.
     */
    default java.util.Map<String, com.fasterxml.jackson.databind.node.ObjectNode> openApiPaths() {
        return java.util.Map.of();
    }
}
