package org.alukg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.config.ImportLimits;
import org.alukg.http.AuditLog;
import org.alukg.http.Credentials;
import org.alukg.http.Metrics;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * The servlet behind {@code /api/imports} and {@code /api/imports/{id}}. An import answers with its report, the
 * status chosen by the report (201 imported, 200 replaced or unchanged, a refusal by its kind); a request that is
 * wrong before any input is read is thrown as a {@link Problem}, which the request pipeline answers.
 */
final class ImportsServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PARAMETERS = List.of("name", "format", "replace", "skipBadRows");
    /** Longest form field of a multipart upload (the parameters above), in bytes. */
    private static final int MAX_FIELD = 4096;
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    private final transient Imports imports;
    private final transient Credentials credentials;
    private final String user;
    private final ImportLimits limits;

    ImportsServlet(Imports imports, Credentials credentials, String user, ImportLimits limits) {
        this.imports = imports;
        this.credentials = credentials;
        this.user = user;
        this.limits = limits;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = id(req);
        if (id == null)
            json(resp, 200, imports.list());
        else
            json(resp, 200, imports.get(id).orElseThrow(() -> Problem.notFound("no such import: " + id)));
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        credentials.check(req);
        String id = id(req);
        if (id == null)
            throw Problem.methodNotAllowed("DELETE needs an import: " + Routes.IMPORTS + "/{id}");
        String graph = ImportLedger.graphOf(id).getURI();
        try {
            imports.delete(id);
        } catch (Problem p) {
            AuditLog.record(req, "delete", graph, null, null, "refused " + p.status());
            throw p;
        }
        AuditLog.record(req, "delete", graph, null, null, "deleted");
        resp.setStatus(204);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        credentials.check(req);
        long announced = req.getContentLengthLong();
        if (announced > limits.maxBytes()) { // refused by its header, before a byte of it is read
            Metrics.imported(req, ImportReport.REFUSED, announced, 0, 0);
            throw Problem.tooLarge("upload too large: " + announced + " bytes (at most " + limits.maxBytes()
                                   + ", the setting imports.maxBytes)").field("Content-Length", Long.toString(announced));
        }
        if (id(req) != null)
            throw Problem.methodNotAllowed("POST to " + Routes.IMPORTS + ", not to one import: " + req.getRequestURI());
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v[0]));
        options(params);
        List<ImportReport> reports = JakartaServletFileUpload.isMultipartContent(req) ? multipart(req, params) : raw(req, params);
        for (ImportReport r : reports)
            AuditLog.record(req, r.status().equals(ImportReport.REPLACED) ? "replace" : "import", r.graph(),
                            r.triples(), null, r.status());
        for (ImportReport r : reports)
            Metrics.imported(req, r.status(), reports.size() == 1 ? req.getContentLengthLong() : -1, r.triples(), r.millis());
        int status = reports.stream().mapToInt(ImportsServlet::status).max().orElse(200);
        if (reports.size() == 1 && status == 201)
            resp.setHeader("Location", Routes.IMPORTS + "/" + reports.get(0).id());
        json(resp, status, reports.size() == 1 ? reports.get(0) : reports);
    }

    /** A multipart form: parameters in fields (before the files), each file part imported on its own. */
    private List<ImportReport> multipart(HttpServletRequest req, Map<String, String> params) throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        try {
            FileItemInputIterator it = new JakartaServletFileUpload<>().getItemIterator(req);
            while (it.hasNext()) {
                FileItemInput item = it.next();
                if (item.isFormField()) {
                    params.put(item.getFieldName(), field(item));
                    continue;
                }
                String name = item.getName() == null || item.getName().isBlank() ? "upload" : item.getName();
                String type = item.getContentType();
                if (type != null && (type.startsWith("application/octet-stream") || type.startsWith("text/plain")))
                    type = null;
                reports.addAll(imports.run(new ImportSource(name, item.getInputStream(), -1, type), options(params)));
            }
        } catch (FileUploadException e) {
            throw Problem.badRequest("multipart upload does not parse: " + e.getMessage()).field("body", null);
        }
        if (reports.isEmpty())
            throw Problem.badRequest("no file in the multipart upload: send the file in a part with a filename").field("file", null);
        return reports;
    }

    /**
     * A raw body: the file itself, named by the file name of its Content-Disposition (else by the name parameter), its
     * format from that name or the Content-Type.
     */
    private List<ImportReport> raw(HttpServletRequest req, Map<String, String> params) throws IOException {
        String type = req.getContentType();
        if (type == null)
            throw Problem.unsupportedMediaType("no Content-Type: send the file with its media type (text/csv, application/json, "
                                               + "text/turtle …) or as multipart/form-data").field("Content-Type", null);
        String file = fileName(req.getHeader("Content-Disposition"));
        String name = file != null ? file : params.get("name");
        return imports.run(new ImportSource(name == null ? "upload" : name, req.getInputStream(), req.getContentLengthLong(), type),
                           options(params));
    }

    private static String field(FileItemInput item) throws IOException {
        try (InputStream in = item.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD + 1);
            if (bytes.length > MAX_FIELD)
                throw Problem.badRequest("form field too long: " + item.getFieldName() + " (at most " + MAX_FIELD + " bytes)")
                    .field(item.getFieldName(), null);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private ImportOptions options(Map<String, String> params) {
        for (Map.Entry<String, String> p : params.entrySet())
            if (!PARAMETERS.contains(p.getKey()))
                throw Problem.badRequest("unknown parameter: " + p.getKey() + " (" + String.join(", ", PARAMETERS) + ")")
                    .field(p.getKey(), p.getValue());
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
        throw Problem.badValue(name, "must be true or false", v);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

    /** The HTTP status of a report: 201 imported, 200 replaced or unchanged, a refusal's by its kind. */
    private static int status(ImportReport r) {
        return switch (r.status()) {
            case ImportReport.IMPORTED -> 201;
            case ImportReport.REFUSED -> r.kind().status();
            default -> 200;
        };
    }

    private static String id(HttpServletRequest req) {
        String info = req.getPathInfo();
        return info == null || info.equals("/") || info.isEmpty() ? null : info.substring(1);
    }

    private static String fileName(String contentDisposition) {
        if (contentDisposition == null)
            return null;
        Matcher m = FILE_NAME.matcher(contentDisposition);
        return m.find() ? m.group(1) : null;
    }

    private static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
