package org.alukg.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.OpenApiProblems;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.geosparql.configuration.GeoSPARQLConfig;
import org.apache.jena.geosparql.implementation.vocabulary.SpatialExtension;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * Geography: Jena's GeoSPARQL functions and property functions ({@code geof:distance}, {@code geo:sfWithin} …) on
 * the endpoint, over the points of data/geometry.ttl (CRS84 WKT literals), and the points as GeoJSON at
 * {@link Routes#MAP}, or as a map of Québec drawn here ({@link QuebecMap}); {@code spatial:nearby} on a spatial
 * index made again for every data version ({@link NearbyOnCurrentIndex}); {@code geof:distance} in metres or
 * kilometres on our CRS84 points ({@link Distance}). The other functions compute from the
 * literals, so every write is seen at once.
 */
public final class GeoModule implements AlukgModule {
    private final ModuleContext context;

    public GeoModule(ModuleContext context) { this.context = context; }

    @Override
    public String name() { return "geo"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        GeoSPARQLConfig.setupNoIndex();
        org.apache.jena.sparql.function.FunctionRegistry.get().put(Distance.IRI, Distance.class);
        PropertyFunctionRegistry.get().put(SpatialExtension.NEARBY_PROP, NearbyOnCurrentIndex.class);
        context.store().dataset().getContext().set(CurrentSpatialIndex.KEY, new CurrentSpatialIndex(context.store()));
        builder.addServlet(Routes.MAP, new MapServlet(context.store(), context.base()));
        MapAssetServlet assets = new MapAssetServlet();
        builder.addServlet(Routes.MAP_SCRIPT, assets);
        builder.addServlet(Routes.under(Routes.LEAFLET), assets);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, PathItem> openApiPaths() {
        ApiResponses responses = new ApiResponses()
            .addApiResponse("200", new ApiResponse().description("a GeoJSON FeatureCollection: one Point per facility or organisation "
                                                                + "the sources place, with its name, precision and source (and focus: true "
                                                                + "for the things of the focus); or, with format=svg, a map of Québec with "
                                                                + "every place marked, labelled and linked to its page, the focus's marked in red")
                .content(new Content().addMediaType(MapServlet.MEDIA_TYPE, new MediaType())
                                      .addMediaType(MapServlet.SVG_TYPE, new MediaType())))
            .addApiResponse("400", OpenApiProblems.response("a format other than geojson or svg, or a focus that is not an IRI of ours"));
        return Map.of(Routes.MAP, new PathItem().get(new Operation()
            .operationId("map")
            .summary("The points of the cluster's facilities and organisations (GeoJSON, longitude then latitude, CRS84), or a map of them (SVG)")
            .parameters(List.of(new Parameter().name("format").in("query").required(false).description("geojson (the default) or svg")
                                               .schema(new JsonSchema().types(Set.of("string"))),
                                new Parameter().name("focus").in("query").required(false)
                                               .description("a thing (IRI or short form, org/alcoa) whose own places are marked: "
                                                            + "itself, what it names or what names it, and what it owns")
                                               .schema(new JsonSchema().types(Set.of("string")))))
            .responses(responses)));
    }
}
