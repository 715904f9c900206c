package org.alukg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.alukg.config.ServerConfig;
import org.alukg.ingest.CuratedLoader;
import org.alukg.server.AlukgServer;
import org.alukg.http.Credentials;
import org.alukg.config.Settings;
import org.alukg.http.ModuleContext;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
         description = {"Load the curated content when it changed, then serve the graph: SPARQL at /cluster/sparql, "
                        + "the query UI at /, linked data and the APIs.",
                        "Read-only unless --user is given with a password in ALUKG_PASSWORD. Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Cancel queries running longer than this (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--base", defaultValue = Alu.BASE,
            description = "The public base of the IRIs served (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--max-queries", defaultValue = "" + ServerConfig.DEFAULT_MAX_CONCURRENT,
            description = "Queries that may run at once; more get 503 (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = "--user", description = "The user allowed to write (update, upload, import). "
            + "The password is read from the environment variable ALUKG_PASSWORD.")
    String user;

    @Override
    public Integer call() throws Exception {
        String password = null;
        if (user != null) {
            password = System.getenv("ALUKG_PASSWORD");
            if (password == null || password.isEmpty())
                throw new CommandException("--user needs a password in ALUKG_PASSWORD: " + user, false);
        }
        ServerConfig config = new ServerConfig(host, port, Duration.ofSeconds(timeoutSeconds), base, user, password,
                                               maxQueries);
        Store st = store.options().open();
        try {
            CuratedLoader.Result r = new CuratedLoader(store.options()).loadIfStale(st, false);
            System.err.println(r.loaded()
                ? "alukg: loaded " + r.files() + " files (" + r.triples() + " triples) into " + st.description()
                : "alukg: store is up to date (" + st.description() + ")");
            AlukgServer server = AlukgServer.standard(
                new ModuleContext(st, Settings.defaults().withServer(config), store.options(), Credentials.of(user, password))).start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                st.close();
                stopped.countDown();
            }, "alukg-shutdown"));
            System.out.println("alukg is serving: UI " + server.uiUrl() + "  SPARQL " + server.sparqlUrl()
                               + (config.writable() ? "  (writes open to " + user + ")" : "  (read-only)"));
            System.out.flush();
            stopped.await();
            return AlukgCommand.OK;
        } catch (RuntimeException e) {
            st.close();
            throw e;
        }
    }
}
