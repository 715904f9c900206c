package org.alukg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alukg.trace.SyntheticCluster;
import org.alukg.vocab.Alu;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The {@link SyntheticCluster SYNTHETIC} supply network as one N-Quads file that every target loads, and the start of
 * the trace measures: the raw-material firm whose depth-5 downstream trace is nearest {@link #WANTED} nodes (the size
 * the issue measured).
 */
final class SyntheticData {
    static final int WANTED = 1_309, DEPTH = 5;

    final Path file;
    final String start;
    /** Nodes of the depth-5 downstream trace from {@link #start}, the start included. */
    final int traceNodes;

    private SyntheticData(Path file, String start, int traceNodes) {
        this.file = file;
        this.start = start;
        this.traceNodes = traceNodes;
    }

    static SyntheticData make(Path dir, int firms) throws IOException {
        Path file = dir.resolve("synthetic-" + firms + ".nq");
        SyntheticCluster cluster = new SyntheticCluster(firms, 42);
        List<int[]> edges = new ArrayList<>();
        String suppliesTo = Alu.suppliesTo.getURI(), firmPrefix = SyntheticCluster.NS + "id/firm/";
        boolean write = !Files.isRegularFile(file);
        Files.createDirectories(dir);
        Path partial = dir.resolve(file.getFileName() + ".part");
        try (OutputStream out = write ? new BufferedOutputStream(Files.newOutputStream(partial)) : OutputStream.nullOutputStream()) {
            StreamRDF sink = write ? StreamRDFWriter.getWriterStream(out, Lang.NQUADS) : StreamRDFLib.sinkNull();
            cluster.writeTo(new StreamRDFWrapper(sink) {
                @Override
                public void quad(Quad q) {
                    if (q.getPredicate().getURI().equals(suppliesTo))
                        edges.add(new int[] {firm(q.getSubject().getURI(), firmPrefix), firm(q.getObject().getURI(), firmPrefix)});
                    super.quad(q);
                }
            });
        }
        if (write)
            Files.move(partial, file);
        int[][] out = adjacency(firms, edges);
        int best = -1, bestSize = 0;
        for (int f : cluster.layer(0)) {
            int size = reach(out, f);
            if (best < 0 || Math.abs(size - WANTED) < Math.abs(bestSize - WANTED)) {
                best = f;
                bestSize = size;
            }
        }
        return new SyntheticData(file, SyntheticCluster.firm(best).getURI(), bestSize);
    }

    private static int firm(String iri, String prefix) { return Integer.parseInt(iri.substring(prefix.length())); }

    private static int[][] adjacency(int firms, List<int[]> edges) {
        int[] degree = new int[firms];
        for (int[] e : edges)
            degree[e[0]]++;
        int[][] out = new int[firms][];
        for (int i = 0; i < firms; i++)
            out[i] = new int[degree[i]];
        Arrays.fill(degree, 0);
        for (int[] e : edges)
            out[e[0]][degree[e[0]]++] = e[1];
        return out;
    }

    /** Nodes within {@link #DEPTH} links downstream of {@code from}, {@code from} included (breadth first). */
    private static int reach(int[][] out, int from) {
        boolean[] seen = new boolean[out.length];
        int[] frontier = {from};
        seen[from] = true;
        int count = 1;
        for (int d = 0; d < DEPTH && frontier.length > 0; d++) {
            int[] next = new int[0];
            int n = 0;
            for (int f : frontier)
                for (int c : out[f])
                    if (!seen[c]) {
                        seen[c] = true;
                        if (n == next.length)
                            next = Arrays.copyOf(next, Math.max(16, n * 2));
                        next[n++] = c;
                        count++;
                    }
            frontier = Arrays.copyOf(next, n);
        }
        return count;
    }
}
