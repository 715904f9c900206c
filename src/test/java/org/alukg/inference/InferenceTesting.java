package org.alukg.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;

import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** Helpers of the inference tests: the inferred graph and the asserted data of a store, read as they are. */
final class InferenceTesting {
    private InferenceTesting() {}

    static final String PREFIXES = """
        PREFIX alu: <https://w3id.org/alukg/ontology#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        """;

    /** The triples of the inferred graph. */
    static Set<Triple> inferred(Store store) {
        return store.read(() -> {
            Set<Triple> out = new HashSet<>();
            store.dataset().getGraph(Alu.GRAPH_INFERRED).find().forEachRemaining(out::add);
            return out;
        });
    }

    /** The union of the asserted graphs, copied into memory. */
    static Graph asserted(Store store) {
        return store.read(() -> {
            Graph g = GraphFactory.createGraphMem();
            store.dataset().find().forEachRemaining(q -> {
                if (RdfsClosure.isAsserted(q.getGraph()))
                    g.add(q.asTriple());
            });
            return g;
        });
    }

    /** Fails unless the inferred graph is exactly the closure of the data as it is now. */
    static void assertUpToDate(Store store, String after) {
        Set<Triple> expected = store.read(() -> RdfsClosure.of(store.dataset()));
        assertEquals(expected, inferred(store), "the inferred graph follows the data after " + after);
    }

    static boolean has(Store store, Node s, Node p, Node o) {
        return store.read(() -> store.dataset().contains(Alu.GRAPH_INFERRED, s, p, o));
    }
}
