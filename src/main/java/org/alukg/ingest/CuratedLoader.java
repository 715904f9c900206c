package org.alukg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alukg.store.Store;
import org.alukg.store.Locations;
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
 * last load (a SHA-256 digest of the files is kept in the meta graph).
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

    /** Loads when the store lacks this exact content (or always, with {@code force}). */
    public Result loadIfStale(Store store, boolean force) {
        List<Source> sources = sources();
        String digest = digest(sources);
        if (!force && digest.equals(storedDigest(store)))
            return new Result(false, sources.size(), 0, digest);

        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Map<Node, TreeSet<String>> subjectFiles = new HashMap<>();
        for (Source s : sources) {
            Graph g = graphs.computeIfAbsent(s.graph, k -> ValidatedWriter.newGraph());
            Graph one = parse(s.file);
            String name = options.home().relativize(s.file).toString();
            one.find().forEachRemaining(t -> {
                g.add(t);
                subjectFiles.computeIfAbsent(t.getSubject(), k -> new TreeSet<>()).add(name);
            });
        }
        ValidatedWriter.Change change = new ValidatedWriter.Change()
            .shapes(graphs.get(Alu.GRAPH_SHAPES))
            .locator(n -> subjectFiles.containsKey(n) ? String.join(", ", subjectFiles.get(n)) : null)
            .meta(Alu.GRAPH_CURATED, metaQuads(digest));
        for (Node g : List.of(Alu.GRAPH_ONTOLOGY, Alu.GRAPH_SHAPES, Alu.GRAPH_CURATED))
            change.replace(g, graphs.getOrDefault(g, ValidatedWriter.newGraph()));
        new ValidatedWriter(store).commit(change);
        long triples = graphs.values().stream().mapToLong(Graph::size).sum();
        return new Result(true, sources.size(), triples, digest);
    }

    /** Validates the files with the shapes, without touching any store; returns the violations. */
    public List<String> validate() {
        List<Source> sources = sources();
        Graph data = ValidatedWriter.newGraph();
        Graph shapes = ValidatedWriter.newGraph();
        Map<Node, TreeSet<String>> subjectFiles = new HashMap<>();
        for (Source s : sources) {
            Graph target = s.graph.equals(Alu.GRAPH_SHAPES) ? shapes : data;
            String name = options.home().relativize(s.file).toString();
            parse(s.file).find().forEachRemaining(t -> {
                target.add(t);
                subjectFiles.computeIfAbsent(t.getSubject(), k -> new TreeSet<>()).add(name);
            });
        }
        return ValidatedWriter.violations(shapes, data, n -> subjectFiles.containsKey(n) ? String.join(", ", subjectFiles.get(n)) : null);
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
            throw new ValidationException("cannot parse " + options.home().relativize(file),
                                    List.of("line " + e.getLine() + ", column " + e.getCol() + ": " + e.getOriginalMessage()));
        } catch (RiotException e) {
            throw new ValidationException("cannot parse " + options.home().relativize(file), List.of(e.getMessage()));
        }
        return g;
    }

    private String digest(List<Source> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Source s : sources) {
                md.update((s.graph.getURI() + "\n" + options.home().relativize(s.file) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(s.file));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the curated files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
