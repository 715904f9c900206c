package org.alukg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Locations;
import org.alukg.store.Sha256;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Loads the curated content — ontology/ (ontology, SKOS schemes), ontology/shapes.ttl and data/ — into
 * their named graphs through the {@link ValidatedWriter}, when the store is empty or the files changed since the
 * last load (a SHA-256 digest of the files is kept in the meta graph). A file that does not parse (400) or a
 * violation of the shapes (422) is refused with a {@link Problem} naming the file, and nothing is written.
 */
public final class CuratedLoader {
    /** The file of SHACL shapes, loaded into the shapes graph. */
    public static final String SHAPES_FILE = "shapes.ttl";

    private final Locations options;

    public CuratedLoader(Locations options) { this.options = options; }

    /** What a load did. */
    public record Result(boolean loaded, int files, long triples, String digest) {}

    /** One Turtle file and the graph it goes to. */
    private record Source(Path file, Node graph) {}

    /** The files parsed: the content of each graph, and the files each subject was read from (for messages). */
    private record Parsed(Map<Node, Graph> graphs, Map<Node, TreeSet<String>> subjectFiles) {
        Function<Node, String> locator() {
            return n -> subjectFiles.containsKey(n) ? String.join(", ", subjectFiles.get(n)) : null;
        }

        Graph graph(Node name) { return graphs.getOrDefault(name, ValidatedWriter.newGraph()); }
    }

    /**
     * Digests of content that conformed to its shapes when loaded into an empty store in this process. Loaded again
     * into an empty store, it conforms again: the validation, most of a load's time, is not run twice (a command or a
     * test that loads the curated data into a fresh store in memory, again and again).
     */
    private static final java.util.Set<String> CONFORMING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Loads when the store lacks this exact content (or always, with {@code force}). */
    public Result loadIfStale(Store store, boolean force) {
        List<Source> sources = sources();
        String digest = digest(sources);
        if (!force && digest.equals(storedDigest(store)))
            return new Result(false, sources.size(), 0, digest);
        Parsed parsed = parse(sources, Function.identity());
        boolean empty = store.read(() -> store.dataset().isEmpty());
        ValidatedWriter.Change change = new ValidatedWriter.Change()
            .validate(!(empty && CONFORMING.contains(digest)))
            .shapes(parsed.graph(Alu.GRAPH_SHAPES))
            .locator(parsed.locator())
            .meta(Alu.GRAPH_CURATED, metaQuads(digest));
        for (Node g : List.of(Alu.GRAPH_ONTOLOGY, Alu.GRAPH_SHAPES, Alu.GRAPH_CURATED))
            change.replace(g, parsed.graph(g));
        ValidatedWriter.Verdict verdict = new ValidatedWriter(store).commit(change);
        if (!verdict.committed())
            throw verdict.refusal(Kind.INVALID_DATA, "");
        if (empty)
            CONFORMING.add(digest);
        long triples = parsed.graphs().values().stream().mapToLong(Graph::size).sum();
        return new Result(true, sources.size(), triples, digest);
    }

    /** Validates the files with the shapes, without touching any store; returns the violations. */
    public List<String> validate() {
        Parsed parsed = parse(sources(), g -> g.equals(Alu.GRAPH_SHAPES) ? Alu.GRAPH_SHAPES : Alu.GRAPH_CURATED);
        return ValidatedWriter.violations(parsed.graph(Alu.GRAPH_SHAPES), parsed.graph(Alu.GRAPH_CURATED), parsed.locator());
    }

    /** Parses every source into the graph {@code into} picks for its graph. */
    private Parsed parse(List<Source> sources, Function<Node, Node> into) {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, TreeSet<String>> subjectFiles = new HashMap<>();
        for (Source s : sources) {
            Graph g = graphs.computeIfAbsent(into.apply(s.graph), k -> ValidatedWriter.newGraph());
            String name = options.home().relativize(s.file).toString();
            parse(s.file).find().forEachRemaining(t -> {
                g.add(t);
                subjectFiles.computeIfAbsent(t.getSubject(), k -> new TreeSet<>()).add(name);
            });
        }
        return new Parsed(graphs, subjectFiles);
    }

    private List<Source> sources() {
        Path ontology = options.ontologyDir();
        Path data = options.dataDir();
        if (!Files.isRegularFile(ontology.resolve("alukg.ttl")))
            throw new IllegalStateException("ontology not found: " + ontology.resolve("alukg.ttl").toAbsolutePath()
                                            + " (run from the alukg folder, or pass --home)");
        List<Source> list = new ArrayList<>();
        for (Path p : turtleFiles(ontology))
            list.add(new Source(p, p.getFileName().toString().equals(SHAPES_FILE) ? Alu.GRAPH_SHAPES : Alu.GRAPH_ONTOLOGY));
        for (Path p : turtleFiles(data))
            list.add(new Source(p, Alu.GRAPH_CURATED));
        return list;
    }

    /** The .ttl files directly in {@code dir}, sorted by name. */
    private static List<Path> turtleFiles(Path dir) {
        if (!Files.isDirectory(dir))
            return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(p)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private Graph parse(Path file) {
        Graph g = ValidatedWriter.newGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerExceptions()).parse(g);
        } catch (RiotParseException e) {
            throw Problem.badRequest("cannot parse " + options.home().relativize(file) + ": line " + e.getLine() + ", column "
                                     + e.getCol() + ": " + e.getOriginalMessage());
        } catch (RiotException e) {
            throw Problem.badRequest("cannot parse " + options.home().relativize(file) + ": " + e.getMessage());
        }
        return g;
    }

    private String digest(List<Source> sources) {
        MessageDigest md = Sha256.digest();
        try {
            for (Source s : sources) {
                md.update((s.graph.getURI() + "\n" + options.home().relativize(s.file) + "\n").getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(s.file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the curated files", e);
        }
        return Sha256.hexOf(md);
    }

    private static String storedDigest(Store store) {
        return store.read(() -> {
            var it = store.dataset().find(Alu.GRAPH_META, Alu.GRAPH_CURATED, Alu.contentDigest.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    private static List<Quad> metaQuads(String digest) {
        Node m = Alu.GRAPH_META;
        Node c = Alu.GRAPH_CURATED;
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(m, c, Alu.contentDigest.asNode(), NodeFactory.createLiteralString(digest)));
        quads.add(Quad.create(m, c, Alu.loadedAt.asNode(),
                              NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        return quads;
    }
}
