package org.alukg.trace;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a trace or a path search found: the nodes with their tier, the edges with product, period and source, the
 * nodes of each tier, the supply cycles among them (each once), and — for a trace — its weak points or — for a path
 * search — the paths, shortest first. Identifiers are IRIs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceResult(Map<String, Object> query, List<TracedNode> nodes, List<TracedEdge> edges,
                          Map<Integer, List<String>> tiers, List<List<String>> cycles, WeakPoints weakPoints,
                          List<FoundPath> paths) {

    /**
     * A node: tier 0 is a start node (or, for paths, the start), positive tiers are downstream, negative upstream;
     * {@code via} are the nodes one tier nearer the start it was reached from.
     */
    public record TracedNode(String id, String label, List<String> types, int tier, List<String> via) {}

    /** An edge: kind {@code supplies} (supplier → customer) or {@code operates} (operator → facility). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TracedEdge(String from, String to, String kind, String relationship, List<Product> products,
                             Integer startedIn, Integer endedIn, Integer validUntil, Boolean planned,
                             List<String> sources) {}

    public record Product(String id, String label) {}

    /**
     * Weak points of the traced network: firms with one supplier of a product (over all their suppliers of it,
     * not only those in the trace), nodes whose removal cuts the trace apart, and the nodes most often between
     * two others (betweenness, highest first; null, with the reason in {@code betweennessLeftOut}, when not computed).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WeakPoints(List<SingleSupplier> singleSupplier, List<String> articulationPoints,
                             List<Between> betweenness, String betweennessLeftOut) {}

    public record SingleSupplier(String firm, String product, String supplier) {}

    public record Between(String id, double score) {}

    /** A path: its length in supply links, its nodes from start to end, and what each hop is. */
    public record FoundPath(int length, List<String> nodes, List<Hop> hops) {}

    /** One hop of a path: its kind and, for a supply hop, the relationships and products behind it. */
    public record Hop(String kind, List<String> relationships, List<String> products) {}
}
