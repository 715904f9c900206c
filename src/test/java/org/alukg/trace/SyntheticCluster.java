package org.alukg.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A SYNTHETIC supply network for tests and the benchmark — not real firms. Everything it writes is named under
 * {@code https://w3id.org/alukg/synthetic/} and goes into the named graph {@link #GRAPH}, never into the curated graph
 * or data/.
 * <p>
 * Firms sit in six layers (raw materials, refiners, smelters, processors, manufacturers, end customers, with
 * 2/4/8/16/30/40 % of the firms). Each firm of a layer buys from 1 to 5 firms of the layer before, chosen by
 * preferential attachment (a supplier with many customers is likelier to win another), which gives the heavy-tailed
 * out-degrees of real supply networks; 1 % of the links are recycling links from the last two layers back to the
 * second, which close cycles. Every link is an {@code alu:SupplyRelationship} with product, start year, sometimes an
 * end year, and a source, mirrored by an {@code alu:suppliesTo} edge. The same seed gives the same network.
 */
public final class SyntheticCluster {
    public static final String NS = Alu.BASE + "synthetic/";
    public static final Node GRAPH = NodeFactory.createURI(Alu.GRAPH + "synthetic");
    private static final double[] LAYER_SHARE = {0.02, 0.04, 0.08, 0.16, 0.30, 0.40};
    private static final Node SOURCE = NodeFactory.createURI(NS + "id/source/generator");

    private final int firms;
    private final long seed;
    private final List<int[]> layers = new ArrayList<>();

    public SyntheticCluster(int firms, long seed) {
        if (firms < LAYER_SHARE.length * 2)
            throw new IllegalArgumentException("too few firms for six layers: " + firms);
        this.firms = firms;
        this.seed = seed;
        int next = 0;
        for (int l = 0; l < LAYER_SHARE.length; l++) {
            int size = l == LAYER_SHARE.length - 1 ? firms - next : Math.max(2, (int) Math.round(firms * LAYER_SHARE[l]));
            int[] ids = new int[size];
            for (int i = 0; i < size; i++)
                ids[i] = next++;
            layers.add(ids);
        }
    }

    public static Node firm(int i) { return NodeFactory.createURI(NS + "id/firm/" + i); }

    public static Node product(int layer) { return NodeFactory.createURI(NS + "id/product/layer-" + layer); }

    /** The firms of a layer (0 = raw materials … 5 = end customers). */
    public int[] layer(int l) { return layers.get(l); }

    public int firms() { return firms; }

    /** Streams the network as quads of {@link #GRAPH}; returns the number of supply relationships. */
    public long writeTo(StreamRDF out) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Node type = RDF.type.asNode(), label = RDFS.label.asNode(), source = DCTerms.source.asNode();
        out.start();
        quad(out, GRAPH, RDFS.comment.asNode(), NodeFactory.createLiteralString(
            "SYNTHETIC supply network generated for tests and benchmarks; not real firms."));
        quad(out, SOURCE, type, Alu.Source.asNode());
        quad(out, SOURCE, label, NodeFactory.createLiteralLang("Synthetic network generator", "en"));
        for (int l = 0; l < LAYER_SHARE.length; l++) {
            quad(out, product(l), type, Alu.Product.asNode());
            quad(out, product(l), label, NodeFactory.createLiteralLang("Synthetic product of layer " + l, "en"));
            for (int f : layers.get(l)) {
                quad(out, firm(f), type, Alu.Organization.asNode());
                quad(out, firm(f), label, NodeFactory.createLiteralLang("Synthetic firm " + f, "en"));
            }
        }
        long links = 0;
        for (int l = 1; l < LAYER_SHARE.length; l++) {
            int[] suppliers = layers.get(l - 1);
            // one ticket per supplier, plus one per customer it has won: preferential attachment
            int[] tickets = new int[suppliers.length * 8];
            int count = 0;
            for (int s : suppliers)
                tickets[count++] = s;
            for (int c : layers.get(l)) {
                int k = 1 + (int) Math.min(4, Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.2));
                int[] chosen = new int[k];
                int n = 0;
                for (int attempt = 0; n < k && attempt < k * 4; attempt++) {
                    int s = tickets[rnd.nextInt(count)];
                    boolean dup = false;
                    for (int j = 0; j < n; j++)
                        dup |= chosen[j] == s;
                    if (dup)
                        continue;
                    chosen[n++] = s;
                    if (count == tickets.length)
                        tickets = java.util.Arrays.copyOf(tickets, tickets.length * 2);
                    tickets[count++] = s;
                }
                for (int j = 0; j < n; j++)
                    link(out, rnd, chosen[j], c, l - 1, links++);
            }
        }
        int[] second = layers.get(1);
        for (int l = LAYER_SHARE.length - 2; l < LAYER_SHARE.length; l++)
            for (int f : layers.get(l))
                if (rnd.nextDouble() < 0.01)
                    link(out, rnd, f, second[rnd.nextInt(second.length)], l, links++);
        out.finish();
        return links;
    }

    private static void link(StreamRDF out, SplittableRandom rnd, int supplier, int customer, int productLayer,
                             long n) {
        Node rel = NodeFactory.createURI(NS + "id/supply/" + n);
        quad(out, rel, RDF.type.asNode(), Alu.SupplyRelationship.asNode());
        quad(out, rel, Alu.supplier.asNode(), firm(supplier));
        quad(out, rel, Alu.customer.asNode(), firm(customer));
        quad(out, rel, Alu.product.asNode(), product(productLayer));
        int start = 1990 + rnd.nextInt(35);
        quad(out, rel, NodeFactory.createURI(Alu.NS + "startedIn"), year(start));
        if (rnd.nextDouble() < 0.1)
            quad(out, rel, NodeFactory.createURI(Alu.NS + "endedIn"), year(start + 1 + rnd.nextInt(10)));
        quad(out, rel, DCTerms.source.asNode(), SOURCE);
        quad(out, firm(supplier), Alu.suppliesTo.asNode(), firm(customer));
    }

    private static Node year(int y) { return NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDgYear); }

    private static void quad(StreamRDF out, Node s, Node p, Node o) { out.quad(Quad.create(GRAPH, s, p, o)); }
}
