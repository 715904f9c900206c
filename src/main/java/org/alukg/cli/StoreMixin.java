package org.alukg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.alukg.ingest.CuratedLoader;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.store.Locations;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command that opens the store shares: where the store is and where the content is. A command
 * that can work through a server asks {@link #server()} first: when an alukg server holds the store, it goes through
 * its HTTP API; else it opens the store itself.
 */
public final class StoreMixin {
    @Option(names = "--db", paramLabel = "DIR",
            description = "The TDB2 store folder (default: var/tdb2 under --home). When an alukg server holds it, "
                          + "the command works through that server.")
    Path db;

    @Option(names = "--mem", description = "Use an in-memory store, gone when the command ends.")
    boolean mem;

    @Option(names = "--home", paramLabel = "DIR", defaultValue = ".",
            description = "The alukg folder holding ontology/, data/ and queries/ (default: ${DEFAULT-VALUE}).")
    Path home;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    public Locations options() { return new Locations(db, mem, home.toAbsolutePath().normalize()); }

    /** The store's folder; null with --mem. */
    Path storeDir() { return mem ? null : options().storeDir(); }

    /** The alukg server holding the store, if one answers (never with --mem). */
    Optional<ServerBeside> server() {
        Path dir = storeDir();
        return dir == null ? Optional.empty() : ServerBeside.find(dir, environment());
    }

    /** The store as messages name it, whoever opens it: "TDB2 /abs/path". */
    String description() { return mem ? "TDB2 in memory" : Store.describe(storeDir()); }

    private Environment environment() {
        return command != null && command.root().userObject() instanceof AlukgCommand root ? root.environment()
            : Environment.system();
    }

    /**
     * Opens the store. When another process holds it: one line that says which, and what to do (409: refused). A
     * store this command could have worked through a server for is only opened when no server answers.
     */
    public Store open() {
        try {
            return options().open();
        } catch (RuntimeException e) {
            if (lockedOut(e))
                throw inUse(e);
            throw e;
        }
    }

    /** True when TDB2 refused the store because another process holds its lock. */
    private static boolean lockedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof AlreadyLocked
                || t instanceof DBOpEnvException && String.valueOf(t.getMessage()).startsWith("Failed to get a lock"))
                return true;
        return false;
    }

    /** Opens the store and brings the curated content up to date (loaded only when missing or changed). */
    public Store openLoaded() {
        Store store = open();
        try {
            new CuratedLoader(options()).loadIfStale(store, false);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Why the locked store cannot be opened: held by an alukg server this command cannot go through, or by another process. */
    private Problem inUse(RuntimeException e) {
        Path dir = storeDir();
        String shown = shown(dir);
        Optional<ServerBeside> server = server();
        if (server.isPresent())
            return heldBy(server.get());
        String holder = lockHolder(dir).map(pid -> "another process (pid " + pid + ")").orElse("another process");
        return new Problem(Kind.CONFLICT, "the store " + shown + " is in use by " + holder
                           + " that is not an alukg server answering here: stop it, or use --db DIR", e);
    }

    /** For a command that needs the store to itself: the alukg server that holds it, and what to do. */
    Problem heldBy(ServerBeside server) {
        return new Problem(Kind.CONFLICT, "the store " + shown(storeDir()) + " is held by the alukg server at " + server.url()
                           + " (pid " + server.pid() + "): stop it first, or use --db DIR");
    }

    /** The pid TDB2 wrote into its lock file, if it can be read. */
    private static Optional<String> lockHolder(Path dir) {
        try {
            String pid = Files.readString(dir.resolve("tdb.lock"), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d+") ? Optional.of(pid) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The folder as the user knows it: relative to the working folder when under it. */
    private static String shown(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
