package org.alukg.replication;

import java.util.Optional;

import org.alukg.http.AlukgModule;
import org.alukg.http.Metrics;
import org.alukg.http.ModuleContext;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Replication in the server: its gauges on {@code /$/metrics} (the lag of a replica, the outbox of the writer) and its
 * say on {@code /$/ready} (a replica further behind than the bound is not ready). It mounts no path of its own.
 */
public final class ReplicationModule implements AlukgModule {
    private final ModuleContext context;

    public ReplicationModule(ModuleContext context) { this.context = context; }

    @Override public String name() { return "alukg-replication"; }

    @Override public void mount(FusekiServer.Builder builder) {}

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        context.replication().registerGauges(Metrics.registry(server.getServletContext()));
    }

    @Override public Optional<String> notReady() { return context.replication().notReady(); }
}
