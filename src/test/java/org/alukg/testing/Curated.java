package org.alukg.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.store.Locations;
import org.alukg.store.Store;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one test fixture of alukg: a tree of curated content, loaded and SHACL-validated once per JVM, handed to each
 * test as a private TDB2 store with the same quads, or as a real server over such a store. What a test
 * writes stays in its copy. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final Curated curated = Curated.project();
 * @BeforeAll static void start() { server = curated.server(); }   // stopped after the class
 * @BeforeEach void open() { store = curated.copy(); }              // closed after the test
 * }</pre>
 *
 * What is asked for in {@code @BeforeAll} lives until the class is done; what is asked for in a test or around it
 * ({@code @BeforeEach}, {@code @AfterEach}) until that test is done. The methods of one class run one after the other.
 * A static field serves one class: an abstract test class that many extend registers it on an instance field
 * ({@code @RegisterExtension final Curated curated = ...}), one per test instance: for copies made around each test,
 * or for the whole class when it has one instance ({@code @TestInstance(PER_CLASS)}).
 */
public final class Curated implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private final ContentTree tree;
    private final Deque<AutoCloseable> classScope = new ArrayDeque<>();
    private final Deque<AutoCloseable> testScope = new ArrayDeque<>();
    private Deque<AutoCloseable> scope;

    private Curated(ContentTree tree) { this.tree = tree; }

    /** The project's ontology/, data/ and queries/. */
    public static Curated project() { return new Curated(ContentTree.PROJECT); }

    /** The tiny tree of {@code src/test/resources/fixture}. */
    public static Curated fixture() { return new Curated(ContentTree.FIXTURE); }

    /** The small cluster of {@code src/test/resources/linkeddata}. */
    public static Curated linkedData() { return new Curated(ContentTree.LINKED_DATA); }

    /** Where the content is read from (in place, in-memory store). */
    public Locations locations() { return tree.locations(); }

    /** A private TDB2 store with the loaded content (see {@link StoreCopy} for where it lives). */
    public synchronized Store copy() { return owned(LoadedContent.of(tree).copy()).store; }

    /**
     * Writes the loaded content into a new TDB2 store in the folder {@code db}, released for another process to open:
     * the store as {@code alukg serve} leaves it after loading on its first start.
     */
    public void storeAt(Path db) { LoadedContent.of(tree).writeTo(db); }

    /** A read-only server on a free port over a private copy. */
    public TestServer server() { return server(ServerConfig.defaults().withPort(0)); }

    /** A server with these settings (give port 0) over a private copy. */
    public TestServer server(ServerConfig config) { return server(config, tree.locations()); }

    /** A server over a private copy of the loaded content that reads queries/ and ontology/context.jsonld from {@code locations}. */
    public synchronized TestServer server(ServerConfig config, Locations locations) {
        return server(Settings.defaults().withServer(config), locations);
    }

    /** A server with all these settings (give port 0 in {@code settings.server()}) over a private copy. */
    public synchronized TestServer server(Settings settings) { return server(settings, tree.locations()); }

    private TestServer server(Settings settings, Locations locations) {
        return owned(TestServer.start(LoadedContent.of(tree).copy(), settings, locations));
    }

    /**
     * A server over the TDB2 store in the folder {@code db} itself (write it first with {@link #storeAt}), as
     * {@code alukg serve} runs on a store: it writes its server file there, and the command line finds it. The store
     * is let go of, not deleted, when the server stops.
     */
    public synchronized TestServer serverAt(Path db, ServerConfig config, Locations locations) {
        return serverAt(db, Settings.defaults().withServer(config), locations);
    }

    /** {@link #serverAt(Path, ServerConfig, Locations)} with all these settings. */
    public synchronized TestServer serverAt(Path db, Settings settings, Locations locations) {
        return owned(TestServer.inPlace(db, settings, locations));
    }

    private <T extends AutoCloseable> T owned(T resource) {
        if (scope == null)
            throw new IllegalStateException("Curated hands out stores and servers in @BeforeAll, @BeforeEach or a test only; "
                                            + "register it on a static field with @RegisterExtension");
        scope.push(resource);
        return resource;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (scope != null)
            throw new IllegalStateException("this Curated already serves another class: register it on an instance field, "
                                            + "or give " + context.getDisplayName() + " a static field of its own");
        scope = classScope;
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) { scope = testScope; }

    @Override
    public synchronized void afterEach(ExtensionContext context) throws Exception {
        scope = classScope;
        closeAll(testScope);
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        scope = null;
        closeAll(classScope);
    }

    /** Closes the most recent first; every one is closed even when one fails, and the first failure is thrown. */
    private static void closeAll(Deque<AutoCloseable> resources) throws Exception {
        Exception first = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (first == null)
                    first = e;
                else
                    first.addSuppressed(e);
            }
        }
        if (first != null)
            throw first;
    }
}
