package org.alukg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.store.Locations;
import org.alukg.testing.ContentTree;
import org.alukg.vocab.Alu;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the curated files into a TDB2 store on disk: once, again on change, never a bad file. */
class CuratedLoaderTest {
    @TempDir Path home;
    Locations options;

    @BeforeEach
    void copyFixture() throws IOException {
        ContentTree.FIXTURE.copyTo(home);
        options = new Locations(home.resolve("db"), false, home);
    }

    @Test
    void loadsIntoNamedGraphsOnceAndAgainWhenAFileChanges() throws IOException {
        try (Store store = options.open()) {
            CuratedLoader loader = new CuratedLoader(options);
            assertTrue(loader.loadIfStale(store, false).loaded(), "first start loads");
            assertTrue(store.read(() -> store.dataset().getGraph(Alu.GRAPH_CURATED).size() > 0));
            assertTrue(store.read(() -> store.dataset().getGraph(Alu.GRAPH_ONTOLOGY).size() > 0));
            assertTrue(store.read(() -> store.dataset().getGraph(Alu.GRAPH_SHAPES).size() > 0));
            assertFalse(loader.loadIfStale(store, false).loaded(), "unchanged files are not loaded twice");

            Files.writeString(home.resolve("data/smelters.ttl"), Files.readString(home.resolve("data/smelters.ttl"))
                .replace("\"Alma smelter\"@en", "\"Alma Works\"@en"));
            assertTrue(loader.loadIfStale(store, false).loaded(), "a changed file is reloaded");
            assertEquals(Set.of("Alma Works"), labels(store));
        }
    }

    @Test
    void secondStartOnTheSameStoreDoesNotLoadAgain() {
        try (Store store = options.open()) {
            assertTrue(new CuratedLoader(options).loadIfStale(store, false).loaded());
        }
        try (Store store = options.open()) {
            assertFalse(new CuratedLoader(options).loadIfStale(store, false).loaded());
        }
    }

    @Test
    void aViolationIsRefusedWithNodePathAndFileAndTheStoreKeepsItsContent() throws IOException {
        try (Store store = options.open()) {
            CuratedLoader loader = new CuratedLoader(options);
            loader.loadIfStale(store, false);
            List<Quad> before = quads(store);

            Files.writeString(home.resolve("data/broken.ttl"), """
                @prefix alu: <https://w3id.org/alukg/ontology#> .
                <https://w3id.org/alukg/id/site/nowhere> a alu:Smelter .
                """);
            Problem e = assertThrows(Problem.class, () -> loader.loadIfStale(store, false));
            assertEquals(Kind.INVALID_DATA, e.kind());
            assertTrue(e.getMessage().contains("<https://w3id.org/alukg/id/site/nowhere>"), e.getMessage());
            assertTrue(e.getMessage().contains("operator"), "names the path: " + e.getMessage());
            assertTrue(e.getMessage().contains("data/broken.ttl"), "names the file: " + e.getMessage());
            assertEquals(before, quads(store), "the store keeps its previous content");
        }
    }

    @Test
    void aFileThatDoesNotParseIsNamedWithItsLine() throws IOException {
        try (Store store = options.open()) {
            CuratedLoader loader = new CuratedLoader(options);
            loader.loadIfStale(store, false);
            List<Quad> before = quads(store);
            Files.writeString(home.resolve("data/bad-syntax.ttl"), "@prefix alu: <https://w3id.org/alukg/ontology#> .\n\n<x> alu:p alu:q alu:r .\n");
            Problem e = assertThrows(Problem.class, () -> loader.loadIfStale(store, false));
            assertEquals(Kind.BAD_REQUEST, e.kind());
            assertTrue(e.getMessage().startsWith("cannot parse data/bad-syntax.ttl"), e.getMessage());
            assertTrue(e.getMessage().contains("line 3"), e.getMessage());
            assertEquals(before, quads(store));
        }
    }

    private static Set<String> labels(Store store) {
        return store.read(() -> store.dataset().getGraph(Alu.GRAPH_CURATED)
            .find(null, org.apache.jena.vocabulary.RDFS.label.asNode(), null).toList().stream()
            .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
    }

    private static List<Quad> quads(Store store) {
        return store.read(() -> {
            List<Quad> list = new java.util.ArrayList<>();
            store.dataset().find().forEachRemaining(list::add);
            list.sort(java.util.Comparator.comparing(Quad::toString));
            return list;
        });
    }
}
