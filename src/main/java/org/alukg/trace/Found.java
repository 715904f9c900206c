package org.alukg.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alukg.trace.SupplyNetwork.Edge;

/**
 * What a trace or a path search found, before it is put in order: nodes (network numbers) with their signed tier and
 * the nodes they were reached from, and the edges (network numbers) in the order they were taken.
 */
final class Found {
    final Ints nodes = new Ints(), tiers = new Ints(), edges = new Ints();
    final List<int[]> via = new ArrayList<>();

    void add(int node, int tier, int[] from) {
        nodes.add(node);
        tiers.add(tier);
        via.add(from);
    }

    Set<Integer> nodeSet() {
        Set<Integer> s = new LinkedHashSet<>();
        for (int k = 0; k < nodes.size(); k++)
            s.add(nodes.get(k));
        return s;
    }

    Set<Edge> edgeSet(SupplyNetwork g) {
        Set<Edge> s = new LinkedHashSet<>();
        for (int k = 0; k < edges.size(); k++)
            s.add(g.edge(edges.get(k)));
        return s;
    }
}
