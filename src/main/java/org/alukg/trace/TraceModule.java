package org.alukg.trace;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.alukg.config.TraceLimits;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.OpenApiParameters;
import org.alukg.http.OpenApiProblems;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Supply-chain tracing on the server: {@code GET /api/trace} and {@code GET /api/paths}, and the SPARQL property
 * function {@code alu:tracePath} on the dataset's endpoints, all with the caps of the server's trace settings and
 * short forms under its base.
 */
public final class TraceModule implements AlukgModule {
    private final ModuleContext context;
    private final TraceLimits limits;
    private volatile TraceService service;

    public TraceModule(ModuleContext context) {
        this.context = context;
        this.limits = context.settings().trace();
    }

    @Override
    public String name() { return "tracing"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        service = new TraceService(context.store(), limits, context.base());
        TracePathFunction.enable(context.store().dataset(), service);
        builder.addServlet(Routes.TRACE, new TraceServlet(service, false));
        builder.addServlet(Routes.PATHS, new TraceServlet(service, true));
    }

    /** Built in the background from the start, so that the first trace does not wait for the network. */
    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (service != null)
            service.readyOrBuilding();
    }

    @Override
    public java.util.Optional<String> notReady() {
        return service == null || service.readyOrBuilding() ? java.util.Optional.empty()
            : java.util.Optional.of("tracing: the supply network of the current data is being built");
    }

    @Override
    public Map<String, PathItem> openApiPaths() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        paths.put(Routes.TRACE, new PathItem().get(new Operation()
            .operationId("trace")
            .summary("Trace supply links up- or downstream, tier by tier, with the firms in between")
            .description("Every node with its tier (0 = start, positive downstream, negative upstream) and every "
                         + "link with product, period and source; supply cycles once each; weak points (single "
                         + "suppliers, articulation points, betweenness). An operator and its facility are "
                         + "linked by 'operates' edges that cost no tier. Caps: depth <= " + limits.maxDepth()
                         + ", at most " + limits.maxNodes() + " nodes; over a cap is a 400 naming it.")
            .parameters(List.of(
                parameter("from", "One or more start nodes: IRIs or short forms such as site/becancour (repeat the "
                                  + "parameter).", "string", true),
                parameter("direction", "downstream (default), upstream or both.", "string", false,
                          Arrays.stream(Direction.values()).map(Direction::name).toList()),
                parameter("depth", "Tiers to follow, 1 to " + limits.maxDepth() + " (default 3).", "integer", false),
                parameter("product", "Only links of this product or a narrower one: an IRI or product/rod.", "string",
                          false),
                parameter("asOf", "Only links valid in this year (started by then, not ended before, not only "
                                  + "planned).", "integer", false),
                includeParameter(),
                parameter("lang", "Labels in en (default) or fr.", "string", false),
                parameter("weakPoints", "Compute weak points (default true).", "boolean", false),
                parameter("betweenness", "Compute the betweenness of the weak points: by default only for a trace of "
                                         + "up to " + WeakPointAnalysis.BETWEENNESS_UP_TO + " nodes (its cost grows "
                                         + "with nodes times links).", "boolean", false),
                formatParameter()))
            .responses(responses())));
        paths.put(Routes.PATHS, new PathItem().get(new Operation()
            .operationId("paths")
            .summary("All simple supply paths between two nodes, shortest first, with the firms in between")
            .description("Paths of at most maxLength supply links (cap " + limits.maxPathLength() + "), at most "
                         + limits.maxPaths() + " of them; each node is visited once per path, and the supply "
                         + "cycles among the nodes found are listed once each.")
            .parameters(List.of(
                parameter("from", "Start node: an IRI or a short form such as site/alouette.", "string", true),
                parameter("to", "End node: an IRI or a short form such as org/fjordal.", "string", true),
                parameter("maxLength", "Longest path in supply links, 1 to " + limits.maxPathLength()
                                       + " (default 4).", "integer", false),
                parameter("product", "Only links of this product or a narrower one.", "string", false),
                parameter("asOf", "Only links valid in this year.", "integer", false),
                includeParameter(),
                parameter("lang", "Labels in en (default) or fr.", "string", false),
                formatParameter()))
            .responses(responses())));
        return paths;
    }

    private static Parameter parameter(String name, String description, String type, boolean required) {
        return parameter(name, description, type, required, List.of());
    }

    private static Parameter parameter(String name, String description, String type, boolean required,
                                       List<String> allowed) {
        return OpenApiParameters.query(name, description, type, required, allowed);
    }

    private static Parameter includeParameter() {
        return parameter("include", "Follow these kinds of link too, besides supply (each costs a tier): funding "
                                    + "(funder to recipient, edge kind 'funds'), ownership (owner to what it owns, "
                                    + "edge kind 'owns'); comma-separated or repeated. Default: supply only.",
                         "string", false, Arrays.stream(Include.values()).map(Include::name).toList());
    }

    private static Parameter formatParameter() {
        return parameter("format", "json (default), csv (one row per edge), graphml, dot or svg; or ask with the "
                                   + "Accept header.", "string", false,
                         Arrays.stream(TraceFormat.values()).map(TraceFormat::name).toList());
    }

    private static ApiResponses responses() {
        Content formats = new Content();
        for (TraceFormat t : TraceFormat.values())
            formats.addMediaType(t.mediaType(), new MediaType());
        return new ApiResponses()
            .addApiResponse("200", new ApiResponse()
                .description("The trace: nodes, edges, tiers, cycles, weak points or paths.").content(formats))
            .addApiResponse("400", OpenApiProblems.response(
                "A parameter is malformed or over a cap (the detail names it, the field and value give it)."))
            .addApiResponse("404", OpenApiProblems.response(
                "A start, end or product node is unknown (the detail names it)."));
    }
}
