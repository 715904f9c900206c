package org.alukg.ops;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Credentials;
import org.alukg.store.Store;

/**
 * {@code /$/backup}: {@code POST} takes a backup of the store as it is (reads and writes go on), then deletes all but
 * the newest {@code keep}, and answers 200 with the backup (file, bytes, manifest) and the files pruned; {@code GET}
 * lists the backups, newest first. Both with credentials.
 */
final class BackupServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final transient Store store;
    private final transient Backups backups;
    private final int keep;
    private final transient Credentials credentials;

    BackupServlet(Store store, Backups backups, int keep, Credentials credentials) {
        this.store = store;
        this.backups = backups;
        this.keep = keep;
        this.credentials = credentials;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        credentials.check(req);
        json(resp, backups.list().stream().map(BackupServlet::named).toList());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        credentials.check(req);
        Backups.Entry taken;
        try {
            taken = backups.take(store);
        } catch (RuntimeException e) {
            org.alukg.http.AuditLog.record(req, "backup", null, null, null, "failed");
            throw e;
        }
        List<String> pruned = (keep > 0 ? backups.prune(keep) : List.<String>of()).stream().map(BackupServlet::name).toList();
        org.alukg.http.AuditLog.record(req, "backup", null, null, null, "written " + name(taken.file()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", name(taken.file()));
        body.put("bytes", taken.bytes());
        body.put("manifest", taken.manifest());
        body.put("pruned", pruned);
        json(resp, body);
    }

    /** A backup as the API shows it: by its file name in the backup folder, never by a path of the server's disk. */
    private static Backups.Entry named(Backups.Entry e) { return new Backups.Entry(name(e.file()), e.bytes(), e.manifest()); }

    private static String name(String file) { return java.nio.file.Path.of(file).getFileName().toString(); }

    static void json(HttpServletResponse resp, Object body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), body);
    }
}
