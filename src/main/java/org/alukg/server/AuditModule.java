package org.alukg.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.AlukgModule;
import org.alukg.http.AuditLog;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.http.OpenApiProblems;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.apache.jena.fuseki.main.FusekiServer;

/** {@code GET /api/audit?offset=0&limit=100}: the audit log, a page at a time, oldest first; with credentials only. */
public final class AuditModule implements AlukgModule {
    static final int MAX_LIMIT = 1000, DEFAULT_LIMIT = 100;
    private final ModuleContext context;

    public AuditModule(ModuleContext context) { this.context = context; }

    @Override
    public String name() { return "audit"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        builder.addServlet(Routes.AUDIT, new AuditServlet(context.credentials()));
    }

    @Override
    public Map<String, PathItem> openApiPaths() {
        ApiResponses responses = new ApiResponses()
            .addApiResponse("200", new ApiResponse().description("total, offset and the entries of the page")
                .content(new Content().addMediaType("application/json", new MediaType())))
            .addApiResponse("400", OpenApiProblems.response("offset or limit is not a whole number in range"))
            .addApiResponse("401", OpenApiProblems.response("credentials missing or wrong"))
            .addApiResponse("403", OpenApiProblems.response("a read-only server has no writes to audit"));
        return Map.of(Routes.AUDIT, new PathItem().get(new Operation()
            .operationId("audit")
            .summary("Who changed what: every write and every refused login, one entry each (HTTP Basic credentials)")
            .description("Each entry: time, user, client address, request id (as in the access log), operation "
                         + "(import, replace, delete, sparql-update, graph-store-put|post|delete, login, restore, "
                         + "compact), target graph, quads added and removed where known, result.")
            .parameters(List.of(number("offset", "First entry of the page, from 0 (default 0)."),
                                number("limit", "Entries in the page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ").")))
            .responses(responses)));
    }

    @SuppressWarnings("unchecked")
    private static Parameter number(String name, String description) {
        return new Parameter().name(name).in("query").required(false).description(description)
                              .schema(new JsonSchema().types(Set.of("integer")));
    }

    static final class AuditServlet extends HttpServlet {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final transient Credentials credentials;

        AuditServlet(Credentials credentials) { this.credentials = credentials; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            credentials.check(req);
            long offset = whole(req, "offset", 0, Long.MAX_VALUE, 0);
            int limit = (int) whole(req, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
            res.setContentType("application/json");
            res.setHeader("Cache-Control", "no-store");
            JSON.writeValue(res.getOutputStream(), AuditLog.of(req).page(offset, limit));
        }

        private static long whole(HttpServletRequest req, String name, long min, long max, long fallback) {
            String v = req.getParameter(name);
            if (v == null || v.isBlank())
                return fallback;
            try {
                long n = Long.parseLong(v.strip());
                if (n >= min && n <= max)
                    return n;
            } catch (NumberFormatException e) {
                // answered below
            }
            throw Problem.badValue(name, "must be a whole number from " + min + " to " + max, v);
        }
    }
}
