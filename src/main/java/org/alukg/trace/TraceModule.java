package org.alukg.trace;

import org.alukg.config.TraceLimits;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.PathItem;
import org.alukg.config.TraceLimits;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Supply-chain tracing on the server: {@code GET /api/trace} and {@code GET /api/paths}, and the SPARQL property
 * function {@code alu:tracePath} on the dataset's endpoints.
 */
public final class TraceModule implements AlukgModule {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ModuleContext context;
    private final TraceLimits limits;

    public TraceModule(ModuleContext context) {
        this.context = context;
        this.limits = context.settings().trace();
    }

    @Override
    public String name() { return "tracing"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        TracePathFunction.register();
        context.store().dataset().getContext().set(TracePathFunction.LIMITS, limits);
        TraceService service = new TraceService(context.store().dataset(), limits);
        builder.addServlet(Routes.TRACE, new TraceServlet(service, false));
        builder.addServlet(Routes.PATHS, new TraceServlet(service, true));
    }

    @Override
    public Map<String, PathItem> openApiPaths() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        ObjectNode trace = JSON.createObjectNode();
        ObjectNode get = trace.putObject("get");
        get.put("operationId", "trace");
        get.put("summary", "Trace supply links up- or downstream, tier by tier, with the firms in between");
        get.put("description", "Every node with its tier (0 = start, positive downstream, negative upstream) and every "
                               + "link with product, period and source; supply cycles once each; weak points (single "
                               + "suppliers, articulation points, betweenness). An operator and its facility are "
                               + "linked by 'operates' edges that cost no tier. Caps: depth <= " + limits.maxDepth()
                               + ", at most " + limits.maxNodes() + " nodes; over a cap is a 400 naming it.");
        ArrayNode p = get.putArray("parameters");
        param(p, "from", "One or more start nodes: IRIs or short forms such as site/becancour (repeat the parameter).",
              "string", true);
        param(p, "direction", "downstream (default), upstream or both.", "string", false)
            .with("schema").putArray("enum").add("downstream").add("upstream").add("both");
        param(p, "depth", "Tiers to follow, 1 to " + limits.maxDepth() + " (default 3).", "integer", false);
        param(p, "product", "Only links of this product or a narrower one: an IRI or product/rod.", "string", false);
        param(p, "asOf", "Only links valid in this year (started by then, not ended before, not only planned).",
              "integer", false);
        param(p, "lang", "Labels in en (default) or fr.", "string", false);
        param(p, "weakPoints", "Compute weak points (default true).", "boolean", false);
        formatParam(p);
        responses(get);
        paths.put(Routes.TRACE, Json31.mapper().convertValue(trace, PathItem.class));

        ObjectNode pathsItem = JSON.createObjectNode();
        ObjectNode pget = pathsItem.putObject("get");
        pget.put("operationId", "paths");
        pget.put("summary", "All simple supply paths between two nodes, shortest first, with the firms in between");
        pget.put("description", "Paths of at most maxLength supply links (cap " + limits.maxPathLength() + "), at most "
                                + limits.maxPaths() + " of them; each node is visited once per path, and the supply "
                                + "cycles among the nodes found are listed once each.");
        ArrayNode pp = pget.putArray("parameters");
        param(pp, "from", "Start node: an IRI or a short form such as site/alouette.", "string", true);
        param(pp, "to", "End node: an IRI or a short form such as org/fjordal.", "string", true);
        param(pp, "maxLength", "Longest path in supply links, 1 to " + limits.maxPathLength() + " (default 4).",
              "integer", false);
        param(pp, "product", "Only links of this product or a narrower one.", "string", false);
        param(pp, "asOf", "Only links valid in this year.", "integer", false);
        param(pp, "lang", "Labels in en (default) or fr.", "string", false);
        formatParam(pp);
        responses(pget);
        paths.put(Routes.PATHS, Json31.mapper().convertValue(pathsItem, PathItem.class));
        return paths;
    }

    private static ObjectNode param(ArrayNode params, String name, String description, String type, boolean required) {
        ObjectNode o = params.addObject();
        o.put("name", name);
        o.put("in", "query");
        o.put("required", required);
        o.put("description", description);
        o.putObject("schema").put("type", type);
        return o;
    }

    private static void formatParam(ArrayNode params) {
        ObjectNode f = param(params, "format", "json (default), csv (one row per edge), graphml, dot or svg; "
                                              + "or ask with the Accept header.", "string", false);
        ArrayNode e = f.with("schema").putArray("enum");
        for (TraceFormat t : TraceFormat.values())
            e.add(t.name());
    }

    private static void responses(ObjectNode op) {
        ObjectNode r = op.putObject("responses");
        ObjectNode ok = r.putObject("200");
        ok.put("description", "The trace: nodes, edges, tiers, cycles, weak points or paths.");
        ObjectNode content = ok.putObject("content");
        for (TraceFormat t : TraceFormat.values())
            content.putObject(t.mediaType());
        for (String[] s : new String[][] {{"400", "A parameter is malformed or over a cap (the message names it)."},
                                          {"404", "A start, end or product node is unknown (the message names it)."}}) {
            ObjectNode e = r.putObject(s[0]);
            e.put("description", s[1]);
            ObjectNode schema = e.putObject("content").putObject("application/json").putObject("schema");
            schema.put("type", "object");
            schema.putObject("properties").putObject("error").put("type", "string");
        }
    }
}
