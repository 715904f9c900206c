package org.alukg.trace;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.alukg.trace.SupplyNetwork.Edge;
import org.alukg.trace.SupplyNetwork.Kind;

/**
 * A walk from start nodes in one direction, tier by tier: the nodes it reached, in the order found, with their
 * (unsigned) tier and the nodes one tier nearer they were reached from (a list per node, chained through
 * {@code viaNext}: -1 ends it); the edges it took, each once; whether a link led back to a node already found (so
 * the edges may hold a cycle); how many new nodes it found; and whether it stopped because it found more nodes than
 * its budget. Each node is expanded once; {@code operates} edges cost no tier, and are never taken twice in a row.
 */
record TierWalk(int[] nodes, int[] tiers, int[] viaHead, int[] viaNext, int[] viaFrom, int[] edges, boolean mayCycle,
                int spent, boolean overBudget) {

    /** The nodes position {@code k} was reached from, in the order they were found. */
    int[] via(int k) {
        int n = 0;
        for (int v = viaHead[k]; v >= 0; v = viaNext[v])
            n++;
        int[] from = new int[n];
        for (int v = viaHead[k]; v >= 0; v = viaNext[v])
            from[--n] = viaFrom[v];
        return from;
    }

    /** Each node reached, with its tier. */
    Map<Integer, Integer> tierMap() {
        Map<Integer, Integer> m = new HashMap<>();
        for (int k = 0; k < nodes.length; k++)
            m.put(nodes[k], tiers[k]);
        return m;
    }

    /**
     * Walks {@code g} from {@code starts} downstream (to customers) or upstream (to suppliers) over the supply links
     * that pass {@code ok}, at most {@code depth} tiers, finding at most {@code budget} nodes besides the starts.
     */
    static TierWalk of(SupplyNetwork g, Set<Integer> starts, boolean down, int depth, Predicate<Edge> ok, int budget) {
        // at: the position of each node found in the lists below; edgeSeen: edges already taken.
        Marks at = g.nodeMarks(), edgeSeen = g.edgeMarks();
        Ints nodes = new Ints(), tiers = new Ints(), viaHead = new Ints(), viaNext = new Ints(), viaFrom = new Ints(),
            taken = new Ints();
        BitSet mayOperate = new BitSet();
        boolean mayCycle = false;
        int spent = 0;
        Ints frontier = new Ints();
        for (int s : starts) {
            at.put(s, nodes.size());
            nodes.add(s);
            tiers.add(0);
            viaHead.add(-1);
            mayOperate.set(nodes.size() - 1);
            frontier.add(s);
        }
        for (int level = 0; ; level++) {
            int reached = frontier.size();
            for (int f = 0; f < reached; f++) {
                int n = frontier.get(f);
                if (!mayOperate.get(at.get(n)))
                    continue;
                for (Edge e : g.out(n)) {
                    if (e.kind() != Kind.operates)
                        continue;
                    int m = e.to(), t;
                    if (!at.has(m)) {
                        if (++spent > budget)
                            return over(spent);
                        at.put(m, nodes.size());
                        nodes.add(m);
                        tiers.add(level);
                        viaHead.add(-1);
                        frontier.add(m);
                        t = level;
                    } else
                        t = tiers.get(at.get(m));
                    Edge c = g.canonical(e);
                    if (!edgeSeen.has(c.id())) {
                        edgeSeen.put(c.id(), 0);
                        taken.add(c.id());
                    }
                    if (t == level)
                        addVia(at.get(m), n, viaHead, viaNext, viaFrom);
                }
            }
            if (level == depth)
                break;
            Ints next = new Ints();
            for (int f = 0; f < frontier.size(); f++) {
                int n = frontier.get(f);
                for (Edge e : down ? g.out(n) : g.in(n)) {
                    if (!e.kind().tiered() || !ok.test(e))
                        continue;
                    int m = down ? e.to() : e.from(), t;
                    if (!edgeSeen.has(e.id())) {
                        edgeSeen.put(e.id(), 0);
                        taken.add(e.id());
                    }
                    if (!at.has(m)) {
                        if (++spent > budget)
                            return over(spent);
                        at.put(m, nodes.size());
                        nodes.add(m);
                        tiers.add(level + 1);
                        viaHead.add(-1);
                        mayOperate.set(nodes.size() - 1);
                        next.add(m);
                        t = level + 1;
                    } else
                        t = tiers.get(at.get(m));
                    if (t == level + 1)
                        addVia(at.get(m), n, viaHead, viaNext, viaFrom);
                    else
                        mayCycle = true;
                }
            }
            if (next.size() == 0)
                break;
            frontier = next;
        }
        return new TierWalk(nodes.toArray(), tiers.toArray(), viaHead.toArray(), viaNext.toArray(), viaFrom.toArray(),
                            taken.toArray(), mayCycle, spent, false);
    }

    /** A walk that found more nodes than its budget: it says so, and holds nothing else. */
    private static TierWalk over(int spent) {
        int[] none = new int[0];
        return new TierWalk(none, none, none, none, none, none, false, spent, true);
    }

    /** Adds {@code from} to the via list of the node at position {@code k}, unless it is there already. */
    private static void addVia(int k, int from, Ints viaHead, Ints viaNext, Ints viaFrom) {
        for (int v = viaHead.get(k); v >= 0; v = viaNext.get(v))
            if (viaFrom.get(v) == from)
                return;
        viaFrom.add(from);
        viaNext.add(viaHead.get(k));
        viaHead.set(k, viaFrom.size() - 1);
    }
}
