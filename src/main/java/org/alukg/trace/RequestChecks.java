package org.alukg.trace;

import java.util.ArrayList;
import java.util.List;

import org.alukg.config.TraceLimits;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Checks a {@link TraceRequest} or {@link PathRequest} against the caps and turns its text into nodes: start, end and
 * product as http(s) IRIs or short forms under the server's base. A request over a cap or malformed is a 400 naming the cap
 * or the parameter; a node the store does not know is a 404 naming it.
 */
final class RequestChecks {
    /** A trace as checked: distinct start nodes, the product node or null. */
    record Trace(List<Named> starts, Direction direction, int depth, Node product, Integer asOf, String lang,
                 boolean weakPoints, Boolean betweenness) {}

    /** A path search as checked. */
    record Paths(Named from, Named to, int maxLength, Node product, Integer asOf, String lang) {}

    /** A node given in the request: the parameter it was given in, the text as given, the node it names. */
    record Named(String field, String text, Node node) {}

    private final TraceLimits limits;
    private final String base;

    RequestChecks(TraceLimits limits, String base) {
        this.limits = limits;
        this.base = base;
    }

    TraceLimits limits() { return limits; }

    Trace trace(TraceRequest r) {
        if (r.from().isEmpty())
            throw Problem.badRequest("no start node: give at least one from").field("from", null);
        if (r.depth() < 1)
            throw Problem.badValue("depth", "must be at least 1", Integer.toString(r.depth()));
        if (r.depth() > limits.maxDepth())
            throw cap(Problem.badValue("depth", "over the cap maxDepth=" + limits.maxDepth(), Integer.toString(r.depth())),
                      "maxDepth", limits.maxDepth());
        List<Named> starts = new ArrayList<>();
        for (String text : r.from()) {
            Named n = named("from", text);
            if (starts.stream().noneMatch(s -> s.node().equals(n.node())))
                starts.add(n);
        }
        return new Trace(List.copyOf(starts), r.direction(), r.depth(), product(r.product()), r.asOf(), r.lang(),
                         r.weakPoints(), r.betweenness());
    }

    Paths paths(PathRequest r) {
        if (r.maxLength() < 1)
            throw Problem.badValue("maxLength", "must be at least 1", Integer.toString(r.maxLength()));
        if (r.maxLength() > limits.maxPathLength())
            throw cap(Problem.badValue("maxLength", "over the cap maxPathLength=" + limits.maxPathLength(),
                                       Integer.toString(r.maxLength())), "maxPathLength", limits.maxPathLength());
        return new Paths(named("from", r.from()), named("to", r.to()), r.maxLength(), product(r.product()), r.asOf(),
                         r.lang());
    }

    /**
     * Start and end nodes in the supply network are known; others, and a product, are looked for in the store's union
     * graph: a node that is neither subject nor object there, or a product that is no subject, is a 404 naming it.
     */
    static void known(Store store, SupplyNetwork g, List<Named> nodes, Node product) {
        List<Named> outside = nodes.stream().filter(n -> !g.contains(n.node())).toList();
        if (outside.isEmpty() && product == null)
            return;
        store.read(() -> {
            Graph union = store.dataset().getUnionGraph();
            for (Named n : outside)
                if (!union.find(n.node(), Node.ANY, Node.ANY).hasNext() && !union.find(Node.ANY, Node.ANY, n.node()).hasNext())
                    throw Problem.notFound("unknown node: " + n.node().getURI()).field(n.field(), n.text());
            if (product != null && !union.find(product, Node.ANY, Node.ANY).hasNext())
                throw Problem.notFound("unknown product: " + product.getURI()).field("product", product.getURI());
            return null;
        });
    }

    /** A trace that reaches more nodes than the cap allows. */
    Problem overNodes() {
        return cap(Problem.badRequest("trace over the cap maxNodes=" + limits.maxNodes()
                                      + ": lower the depth or filter by product or date"), "maxNodes", limits.maxNodes());
    }

    /** A path search that finds more paths than the cap allows. */
    Problem overPaths(int found) {
        return cap(Problem.badRequest("paths over the cap maxPaths=" + limits.maxPaths() + ": " + found
                                      + " found; lower maxLength or filter by product or date"),
                   "maxPaths", limits.maxPaths());
    }

    private static Problem cap(Problem p, String name, int limit) { return p.with("cap", name).with("limit", limit); }

    private Node product(String text) { return text == null ? null : named("product", text).node(); }

    /** The node {@code text} names: an http(s) IRI (in angle brackets or not), or a short form under the base. */
    private Named named(String field, String text) {
        String iri = ShortForm.resolve(text, base).filter(RequestChecks::httpIri)
            .orElseThrow(() -> Problem.badRequest("not an IRI or a short form such as site/alma: " + text)
                                      .field(field, text));
        return new Named(field, text, NodeFactory.createURI(iri));
    }

    /**
     * True for an http or https IRI without the characters an IRI never holds (spaces, quotes, angle brackets …): a
     * check in the time of a scan, for every trace checks its start nodes; whether the node exists is asked next.
     */
    private static boolean httpIri(String s) {
        if (!s.startsWith("http://") && !s.startsWith("https://"))
            return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)
                return false;
        }
        return true;
    }
}
