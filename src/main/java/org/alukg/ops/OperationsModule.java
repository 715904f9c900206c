package org.alukg.ops;

import java.nio.file.Path;

import org.alukg.config.Operations;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Backups and compaction on a running server: {@code POST /$/backup} takes a backup into the backup folder, keeps the
 * newest N and answers with it and its manifest; {@code GET /$/backup} lists the backups; {@code POST /$/compact}
 * compacts the store and answers with its size before and after. All need credentials (a read-only server refuses
 * them). While the server runs, it compacts the store by itself when it outgrows the configured multiple.
 */
public final class OperationsModule implements AlukgModule {
    private final ModuleContext context;
    private final AutoCompaction auto;

    public OperationsModule(ModuleContext context) {
        this.context = context;
        this.auto = new AutoCompaction(context.store(), context.settings().operations().autoCompactMultiple());
    }

    @Override
    public String name() { return "operations"; }

    /** The folder backups go to: the configured one, else {@code backups} beside the store folder. */
    public Path backupFolder() {
        Path configured = context.settings().operations().backupFolder();
        return configured != null ? configured : Backups.defaultFolder(context.store(), context.locations());
    }

    @Override
    public void mount(FusekiServer.Builder builder) {
        Operations ops = context.settings().operations();
        builder.addServlet(Routes.BACKUP, new BackupServlet(context.store(), new Backups(backupFolder()), ops.keepBackups(),
                                                            context.credentials()));
        builder.addServlet(Routes.COMPACT, new CompactServlet(auto, context.credentials()));
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        auto.start(context.settings().operations().autoCompactCheckSeconds());
    }

    @Override
    public void serverStopped(FusekiServer server) { auto.stop(); }
}
