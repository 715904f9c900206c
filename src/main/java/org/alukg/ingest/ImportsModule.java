package org.alukg.ingest;

import java.util.Map;

import io.swagger.v3.oas.models.PathItem;
import org.alukg.http.AlukgModule;
import org.alukg.http.ModuleContext;
import org.alukg.http.Routes;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Imports over HTTP: {@code POST /api/imports} (credentials required) runs the same gate as {@code alukg import}
 * on a multipart upload or a raw body with its Content-Type, and answers with the import report as JSON;
 * {@code GET /api/imports} lists the imports with their provenance; {@code DELETE /api/imports/{id}} removes one.
 * Imports are capped by the settings' {@link org.alukg.config.ImportLimits}; short forms name things under the base.
 */
public final class ImportsModule implements AlukgModule {
    private final ModuleContext context;

    public ImportsModule(ModuleContext context) { this.context = context; }

    @Override
    public String name() { return "imports"; }

    @Override
    public void mount(FusekiServer.Builder builder) {
        Imports imports = new Imports(context.store(), ImportFormats.standard(), context.settings().imports(), context.base());
        builder.addServlet(Routes.under(Routes.IMPORTS), new ImportsServlet(imports, context.credentials(),
                                                                            context.settings().server().user(),
                                                                            context.settings().imports()));
    }

    @Override
    public Map<String, PathItem> openApiPaths() { return ImportsApiDescription.paths(); }
}
