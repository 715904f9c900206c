package org.alukg.geo;

import org.alukg.http.AlukgModule;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.geosparql.configuration.GeoSPARQLConfig;

/**
 * GeoSPARQL on the endpoint: Jena's GeoSPARQL functions and property functions ({@code geof:distance},
 * {@code geo:sfWithin} …) over the points of data/geometry.ttl (CRS84 WKT literals). No spatial index is kept
 * yet: the functions compute from the literals, so every write is seen at once.
 */
public final class GeoModule implements AlukgModule {
    @Override
    public String name() { return "geo"; }

    @Override
    public void mount(FusekiServer.Builder builder) { GeoSPARQLConfig.setupNoIndex(); }
}
