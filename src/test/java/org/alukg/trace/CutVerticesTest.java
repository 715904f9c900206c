package org.alukg.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.junit.jupiter.api.Test;

/** The cut nodes of a trace are JGraphT's, on hand-made graphs and on random sparse ones of every shape. */
class CutVerticesTest {
    @Test
    void aChainAStarATriangleAndTwoTrianglesSharingANode() {
        assertEquals(Set.of(2, 3), CutVertices.of(Set.of(1, 2, 3, 4), links(1, 2, 2, 3, 3, 4)));
        assertEquals(Set.of(0), CutVertices.of(Set.of(0, 1, 2, 3), links(0, 1, 0, 2, 0, 3)));
        assertEquals(Set.of(), CutVertices.of(Set.of(1, 2, 3), links(1, 2, 2, 3, 3, 1)));
        assertEquals(Set.of(3), CutVertices.of(Set.of(1, 2, 3, 4, 5), links(1, 2, 2, 3, 3, 1, 3, 4, 4, 5, 5, 3)));
        assertEquals(Set.of(), CutVertices.of(Set.of(7), List.of()), "one node alone cuts nothing");
        assertEquals(Set.of(), CutVertices.of(Set.of(1, 2), links(1, 2, 2, 1, 1, 1)), "a link both ways and a loop");
    }

    @Test
    void randomGraphsGiveWhatJGraphTGives() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(60), m = rnd.nextInt(2 * n + 1);
            Set<Integer> nodes = new HashSet<>();
            for (int i = 0; i < n; i++)
                nodes.add(i * 3);
            List<int[]> links = new ArrayList<>();
            Graph<Integer, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
            nodes.forEach(g::addVertex);
            for (int k = 0; k < m; k++) {
                int a = rnd.nextInt(n) * 3, b = rnd.nextInt(n) * 3;
                links.add(new int[] {a, b});
                if (a != b)
                    g.addEdge(a, b);
            }
            assertEquals(new BiconnectivityInspector<>(g).getCutpoints(), CutVertices.of(nodes, links),
                         "round " + round + ": " + n + " nodes, " + m + " links");
        }
    }

    private static List<int[]> links(int... ends) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < ends.length; i += 2)
            out.add(new int[] {ends[i], ends[i + 1]});
        return out;
    }
}
