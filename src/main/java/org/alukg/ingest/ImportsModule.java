package org.alukg.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.PathItem;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.apache.jena.fuseki.main.FusekiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports over HTTP: {@code POST /api/imports} (credentials required) runs the same gate as {@code alukg import}
 * on a multipart upload or a raw body with its Content-Type, and answers with the import report as JSON;
 * {@code GET /api/imports} lists the imports with their provenance; {@code DELETE /api/imports/{id}} removes one.
 */
public final class ImportsModule implements AlukgModule {
    private static final Logger LOG = LoggerFactory.getLogger(ImportsModule.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PATH = Routes.IMPORTS;
    private final ModuleContext context;

    public ImportsModule(ModuleContext context) { this.context = context; }

    @Override
    public String name() { return "imports"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        builder.addServlet(PATH + "/*", new ImportsServlet(context, new Imports(context.store(), ImportFormats.standard())));
    }

    @Override
    public Map<String, PathItem> openApiPaths() {
        Map<String, PathItem> paths = new LinkedHashMap<>();
        ObjectNode list = JSON.createObjectNode();
        list.putObject("get").put("summary", "The imports, newest first, with their provenance (file, SHA-256, time, counts, who)")
            .putObject("responses").putObject("200").put("description", "JSON array of imports");
        ObjectNode post = list.putObject("post");
        post.put("summary", "Import a CSV or JSON inventory or an RDF file, validated and committed whole or not at all (HTTP Basic credentials)");
        var params = post.putArray("parameters");
        for (String[] p : new String[][] {{"name", "the import's name (its id); default from the file name"},
                                          {"format", "csv, json, turtle, ntriples, nquads, trig, rdfxml, jsonld, rdf4j-binary …; default from the file name or Content-Type"},
                                          {"replace", "true to replace an earlier import of the same name"},
                                          {"skipBadRows", "true to import the good rows and report the bad ones"}})
            params.addObject().put("name", p[0]).put("in", "query").put("description", p[1]).putObject("schema").put("type", "string");
        ObjectNode content = post.putObject("requestBody").put("required", true).putObject("content");
        content.putObject("multipart/form-data").putObject("schema").put("type", "object")
            .putObject("properties").putObject("file").put("type", "string").put("format", "binary");
        content.putObject("*/*").putObject("schema").put("type", "string").put("format", "binary");
        ObjectNode responses = post.putObject("responses");
        responses.putObject("201").put("description", "imported: the import report");
        responses.putObject("200").put("description", "replaced, or unchanged (already imported): the import report");
        responses.putObject("400").put("description", "refused: the input does not parse or a row is wrong; the report names file, line or row and column");
        responses.putObject("401").put("description", "credentials required");
        responses.putObject("409").put("description", "refused: an import of that name exists with other content (use replace=true)");
        responses.putObject("415").put("description", "refused: unknown format");
        responses.putObject("422").put("description", "refused: the data violates the SHACL shapes");
        paths.put(PATH, Json31.mapper().convertValue(list, PathItem.class));
        ObjectNode one = JSON.createObjectNode();
        one.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
            .putObject("schema").put("type", "string");
        ObjectNode getOne = one.putObject("get").put("summary", "One import's provenance").putObject("responses");
        getOne.putObject("200").put("description", "the import");
        getOne.putObject("404").put("description", "no such import");
        ObjectNode del = one.putObject("delete").put("summary", "Remove an import: its graph and provenance (HTTP Basic credentials)");
        ObjectNode dr = del.putObject("responses");
        dr.putObject("204").put("description", "removed");
        dr.putObject("401").put("description", "credentials required");
        dr.putObject("404").put("description", "no such import");
        dr.putObject("409").put("description", "refused: what remains would violate the shapes (something links to this import)");
        paths.put(PATH + "/{id}", Json31.mapper().convertValue(one, PathItem.class));
        return paths;
    }

    /** The servlet behind /api/imports and /api/imports/{id}. */
    private static final class ImportsServlet extends HttpServlet {
        private final transient ModuleContext context;
        private final transient Imports imports;

        ImportsServlet(ModuleContext context, Imports imports) {
            this.context = context;
            this.imports = imports;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String id = id(req);
            if (id == null) {
                json(resp, 200, imports.list());
                return;
            }
            var one = imports.get(id);
            if (one.isEmpty())
                error(resp, 404, "no such import: " + id);
            else
                json(resp, 200, one.get());
        }

        @Override
        protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            context.credentials().check(req);
            String id = id(req);
            if (id == null) {
                error(resp, 405, "DELETE needs an import: /api/imports/{id}");
                return;
            }
            try {
                if (imports.delete(id))
                    resp.setStatus(204);
                else
                    error(resp, 404, "no such import: " + id);
            } catch (ValidationException e) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", "cannot remove " + id + ": " + e.getMessage());
                body.put("problems", e.problems());
                json(resp, 409, body);
            }
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            context.credentials().check(req);
            if (id(req) != null) {
                error(resp, 405, "POST to /api/imports, not to one import");
                return;
            }
            Map<String, String> params = new LinkedHashMap<>();
            req.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
            String user = context.settings().server().user();
            List<ImportReport> reports = new ArrayList<>();
            try {
                if (JakartaServletFileUpload.isMultipartContent(req)) {
                    FileItemInputIterator it = new JakartaServletFileUpload<>().getItemIterator(req);
                    while (it.hasNext()) {
                        FileItemInput item = it.next();
                        if (item.isFormField()) {
                            params.put(item.getFieldName(), new String(item.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                            continue;
                        }
                        String name = item.getName() == null || item.getName().isBlank() ? "upload" : item.getName();
                        String type = item.getContentType();
                        if (type != null && (type.startsWith("application/octet-stream") || type.startsWith("text/plain")))
                            type = null;
                        reports.addAll(imports.run(new ImportSource(name, item.getInputStream(), -1, type), options(params, user)));
                    }
                    if (reports.isEmpty()) {
                        error(resp, 400, "no file in the multipart upload: send the file in a part with a filename");
                        return;
                    }
                } else {
                    String type = req.getContentType();
                    if (type == null) {
                        error(resp, 415, "no Content-Type: send the file with its media type (text/csv, application/json, text/turtle …) or as multipart/form-data");
                        return;
                    }
                    String name = params.getOrDefault("name", fileName(req.getHeader("Content-Disposition")));
                    reports.addAll(imports.run(new ImportSource(name == null ? "upload" : name, req.getInputStream(),
                                                                req.getContentLengthLong(), type), options(params, user)));
                }
            } catch (FileUploadException e) {
                error(resp, 400, "multipart upload does not parse: " + e.getMessage());
                return;
            } catch (IllegalArgumentException e) {
                error(resp, 400, e.getMessage());
                return;
            } catch (RuntimeException e) {
                LOG.error("import failed", e);
                error(resp, 500, "import failed: " + e.getMessage());
                return;
            }
            int status = reports.stream().mapToInt(ImportsServlet::status).max().orElse(200);
            if (reports.size() == 1 && status == 201)
                resp.setHeader("Location", PATH + "/" + reports.get(0).id());
            json(resp, status, reports.size() == 1 ? reports.get(0) : reports);
        }

        private static ImportOptions options(Map<String, String> params, String user) {
            for (String k : params.keySet())
                if (!List.of("name", "format", "replace", "skipBadRows").contains(k))
                    throw new IllegalArgumentException("unknown parameter: " + k + " (name, format, replace, skipBadRows)");
            return ImportOptions.defaults(user)
                .withName(blankToNull(params.get("name")))
                .withFormat(blankToNull(params.get("format")))
                .withReplace(flag(params, "replace"))
                .withSkipBadRows(flag(params, "skipBadRows"));
        }

        private static boolean flag(Map<String, String> params, String name) {
            String v = params.get(name);
            if (v == null || v.isBlank() || v.equals("false"))
                return false;
            if (v.equals("true"))
                return true;
            throw new IllegalArgumentException(name + " must be true or false: " + v);
        }

        private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

        /** The HTTP status of a report: 201 imported, 200 replaced or unchanged, 4xx by why it was refused. */
        static int status(ImportReport r) {
            if (r.status().equals(ImportReport.IMPORTED))
                return 201;
            if (!r.status().equals(ImportReport.REFUSED))
                return 200;
            String m = r.message();
            if (m.startsWith("SHACL validation failed"))
                return 422;
            if (m.contains("already exists with other content"))
                return 409;
            if (m.contains("unknown format"))
                return 415;
            return 400;
        }

        private static String id(HttpServletRequest req) {
            String info = req.getPathInfo();
            if (info == null || info.equals("/") || info.isEmpty())
                return null;
            return info.substring(1);
        }

        private static String fileName(String contentDisposition) {
            if (contentDisposition == null)
                return null;
            var m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(contentDisposition);
            return m.find() ? m.group(1) : null;
        }

        private static void json(HttpServletResponse resp, int status, Object body) throws IOException {
            resp.setStatus(status);
            resp.setContentType("application/json");
            resp.setCharacterEncoding("UTF-8");
            JSON.writeValue(resp.getOutputStream(), body);
        }

        private static void error(HttpServletResponse resp, int status, String message) throws IOException {
            json(resp, status, Map.of("error", message));
        }
    }
}
