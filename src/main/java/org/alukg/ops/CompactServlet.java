package org.alukg.ops;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Credentials;

/**
 * {@code POST /$/compact}: compacts the store online (queries and writes wait only for the moment of the switch) and
 * answers 200 with the bytes on disk before and after and the data version before and after. With credentials.
 */
final class CompactServlet extends HttpServlet {
    private final transient AutoCompaction compaction;
    private final transient Credentials credentials;

    CompactServlet(AutoCompaction compaction, Credentials credentials) {
        this.compaction = compaction;
        this.credentials = credentials;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        credentials.check(req);
        Object compacted;
        try {
            compacted = compaction.compact();
        } catch (RuntimeException e) {
            org.alukg.http.AuditLog.record(req, "compact", null, null, null, "failed");
            throw e;
        }
        org.alukg.http.AuditLog.record(req, "compact", null, null, null, "done");
        BackupServlet.json(resp, compacted);
    }
}
