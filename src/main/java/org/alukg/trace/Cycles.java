package org.alukg.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.alukg.trace.SupplyNetwork.Edge;
import org.alukg.trace.SupplyNetwork.Kind;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The simple supply cycles among the nodes a trace or path search found, of at most {@value #MAX_LENGTH} links, once
 * each, each from its smallest IRI; at most {@value #MAX_CYCLES}, shortest first. Nodes with no supply link in or out
 * among the others are on no cycle: they are peeled off, again and again, before the graph library searches what is
 * left (usually a handful of nodes, often none).
 */
final class Cycles {
    static final int MAX_CYCLES = 100, MAX_LENGTH = 8;

    private Cycles() {}

    static List<List<String>> among(SupplyNetwork g, Found found) {
        int size = found.nodes.size();
        Marks at = g.nodeMarks();
        for (int k = 0; k < size; k++)
            at.put(found.nodes.get(k), k);
        Ints from = new Ints(), to = new Ints();
        int[] in = new int[size], out = new int[size];
        for (int j = 0; j < found.edges.size(); j++) {
            Edge e = g.edge(found.edges.get(j));
            if (e.kind().tiered() && e.from() != e.to() && at.has(e.from()) && at.has(e.to())) {
                int a = at.get(e.from()), b = at.get(e.to());
                from.add(a);
                to.add(b);
                out[a]++;
                in[b]++;
            }
        }
        boolean[] gone = peel(size, from, to, in, out);
        Graph<Integer, DefaultEdge> d = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int k = 0; k < size; k++)
            if (!gone[k])
                d.addVertex(found.nodes.get(k));
        if (d.vertexSet().isEmpty())
            return List.of();
        for (int j = 0; j < from.size(); j++)
            if (!gone[from.get(j)] && !gone[to.get(j)])
                d.addEdge(found.nodes.get(from.get(j)), found.nodes.get(to.get(j)));
        List<List<String>> cycles = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(d).stronglyConnectedSets()) {
            if (scc.size() < 2 || cycles.size() >= MAX_CYCLES)
                continue;
            for (List<Integer> c : search(new AsSubgraph<>(d, scc), MAX_CYCLES - cycles.size())) {
                List<String> iris = c.stream().map(g::iri).toList();
                int min = iris.indexOf(iris.stream().min(String::compareTo).orElseThrow());
                List<String> rotated = new ArrayList<>(iris.subList(min, iris.size()));
                rotated.addAll(iris.subList(0, min));
                cycles.add(rotated);
            }
        }
        cycles.sort(Comparator.comparingInt(List<String>::size).thenComparing(Object::toString));
        return cycles;
    }

    /**
     * Marks, of the {@code size} nodes linked by the links {@code from[j] → to[j]} with the given in and out degrees,
     * those on no cycle: a node with no link in or no link out, then the nodes left so by removing it, and so on.
     */
    private static boolean[] peel(int size, Ints from, Ints to, int[] in, int[] out) {
        // Per node, the links leaving and entering it, as positions in from/to (compressed rows).
        int links = from.size();
        int[] outStart = new int[size + 1], inStart = new int[size + 1], outLinks = new int[links], inLinks = new int[links];
        for (int k = 0; k < size; k++) {
            outStart[k + 1] = outStart[k] + out[k];
            inStart[k + 1] = inStart[k] + in[k];
        }
        int[] outFill = Arrays.copyOf(outStart, size), inFill = Arrays.copyOf(inStart, size);
        for (int j = 0; j < links; j++) {
            outLinks[outFill[from.get(j)]++] = j;
            inLinks[inFill[to.get(j)]++] = j;
        }
        boolean[] gone = new boolean[size];
        Ints todo = new Ints();
        for (int k = 0; k < size; k++)
            if (in[k] == 0 || out[k] == 0) {
                gone[k] = true;
                todo.add(k);
            }
        for (int t = 0; t < todo.size(); t++) {
            int k = todo.get(t);
            for (int x = outStart[k]; x < outStart[k + 1]; x++) {
                int m = to.get(outLinks[x]);
                if (!gone[m] && --in[m] == 0) {
                    gone[m] = true;
                    todo.add(m);
                }
            }
            for (int x = inStart[k]; x < inStart[k + 1]; x++) {
                int m = from.get(inLinks[x]);
                if (!gone[m] && --out[m] == 0) {
                    gone[m] = true;
                    todo.add(m);
                }
            }
        }
        return gone;
    }

    /**
     * At most {@code wanted} simple cycles of one strongly connected part. The library's search offers no way to stop
     * but to throw from the consumer it feeds: {@link Enough} ends it once enough are found, and only that is caught.
     */
    private static List<List<Integer>> search(Graph<Integer, DefaultEdge> part, int wanted) {
        HawickJamesSimpleCycles<Integer, DefaultEdge> finder = new HawickJamesSimpleCycles<>(part);
        finder.setPathLimit(MAX_LENGTH);
        List<List<Integer>> found = new ArrayList<>();
        try {
            finder.findSimpleCycles(c -> {
                found.add(c);
                if (found.size() >= wanted)
                    throw new Enough();
            });
        } catch (Enough e) {
            // as many cycles as a trace lists: the rest are not looked for
        }
        return found;
    }

    /** Stops a cycle search that has found as many cycles as a trace lists. */
    private static final class Enough extends RuntimeException {
        Enough() { super(null, null, false, false); }
    }
}
