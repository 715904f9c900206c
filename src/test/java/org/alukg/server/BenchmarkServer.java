package org.alukg.server;

import java.nio.file.Path;

import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Locations;
import org.alukg.store.Store;

/** The server of the benchmarks in this package: the project's curated data loaded into {@code store}, started. */
final class BenchmarkServer {
    private BenchmarkServer() {}

    static AlukgServer curated(Store store, Settings settings) {
        Locations project = new Locations(null, true, Path.of(""));
        new CuratedLoader(project).loadIfStale(store, false);
        return AlukgServer.standard(new ModuleContext(store, settings, project, Credentials.of(null, null))).start();
    }
}
