package org.alukg.trace;

import org.alukg.config.TraceLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alukg.ingest.CuratedLoader;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.testing.Curated;
import org.alukg.trace.TraceResult.TracedEdge;
import org.alukg.vocab.Alu;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Traces over the project's curated data, loaded through the gate into an in-memory TDB2 store. */
class CuratedTraceTest {
    static final String ID = "https://w3id.org/alukg/id/";
    @RegisterExtension static final Curated curated = Curated.project();
    static Store store;
    static TraceService service;

    @BeforeAll
    static void load() {
        store = curated.copy();
        service = new TraceService(store, TraceLimits.defaults(), Alu.BASE);
    }

    static TraceResult trace(String from, Direction d, int depth, String product, Integer asOf) {
        return service.trace(new TraceRequest(List.of(from), d, depth, product, asOf, "en", true));
    }

    static Map<Integer, Set<String>> tiers(TraceResult r) {
        return r.tiers().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
            .map(s -> s.substring(ID.length())).collect(Collectors.toSet())));
    }

    @Test
    void becancourDownstreamReachesTheRodPlantAndItsCustomers() {
        TraceResult r = trace("site/becancour", Direction.downstream, 3, null, null);
        assertEquals(Map.of(0, Set.of("site/becancour", "org/alcoa"),
                            1, Set.of("site/becancour-rod-plant", "org/sural"),
                            2, Set.of("org/rod-customers-worldwide")), tiers(r));
        TracedEdge metal = edge(r, "site/becancour", "site/becancour-rod-plant");
        assertEquals("supplies", metal.kind());
        assertEquals(List.of(ID + "product/molten-metal"), metal.products().stream().map(TraceResult.Product::id).toList());
        assertEquals(1992, metal.startedIn());
        assertFalse(metal.sources().isEmpty());
        assertEquals("Rod (wire rod)", edge(r, "site/becancour-rod-plant", "org/rod-customers-worldwide")
            .products().get(0).label());
        assertEquals("operates", edge(r, "org/alcoa", "site/becancour").kind());
        assertEquals("Bécancour rod plant", r.nodes().stream().filter(n -> n.id().endsWith("becancour-rod-plant"))
            .findFirst().orElseThrow().label());
        assertTrue(r.weakPoints().articulationPoints().contains(ID + "site/becancour-rod-plant"));
    }

    @Test
    void frenchLabelsOnRequest() {
        TraceResult r = service.trace(new TraceRequest(List.of("site/becancour"), Direction.downstream, 1, null, null,
                                                       "fr", false));
        assertTrue(r.nodes().stream().anyMatch(n -> n.label().equals("Aluminerie de Bécancour")));
    }

    @Test
    void theOperatorFindsItsFacilitysLinks() {
        TraceResult r = trace("org/aluminerie-alouette", Direction.upstream, 1, null, null);
        assertTrue(tiers(r).get(-1).containsAll(Set.of("org/alunorte", "org/hydro-quebec", "org/hatch")), r.tiers().toString());
        assertTrue(tiers(r).get(0).contains("site/alouette"));
    }

    @Test
    void alouetteReachesFjordAlThroughItsOperator() {
        TraceResult r = service.paths(new PathRequest("site/alouette", "org/fjordal", 3, null, null, "en"));
        assertEquals(1, r.paths().size(), r.paths().toString());
        TraceResult.FoundPath p = r.paths().get(0);
        assertEquals(List.of(ID + "site/alouette", ID + "org/aluminerie-alouette", ID + "org/fjordal"), p.nodes());
        assertEquals(1, p.length());
        assertEquals(List.of("operates", "supplies"), p.hops().stream().map(TraceResult.Hop::kind).toList());
        assertEquals(List.of(ID + "product/sows"), p.hops().get(1).products());
    }

    @Test
    void theRioTintoShawiniganCycleIsReportedOnce() {
        TraceResult r = trace("org/rio-tinto", Direction.both, 2, null, null);
        List<List<String>> withShawinigan = r.cycles().stream()
            .filter(c -> Set.copyOf(c).equals(Set.of(ID + "org/rio-tinto", ID + "org/shawinigan-aluminium"))).toList();
        assertEquals(1, withShawinigan.size(), r.cycles().toString());
        assertEquals(1, r.nodes().stream().filter(n -> n.id().equals(ID + "org/shawinigan-aluminium")).count());
        assertEquals(1, r.edges().stream().filter(e -> e.from().equals(ID + "org/shawinigan-aluminium")
                                                       && e.to().equals(ID + "org/rio-tinto")).count());
    }

    @Test
    void asOfDropsEndedLinks() {
        Set<String> in2010 = tiers(trace("site/alma", Direction.downstream, 1, null, 2010)).get(1);
        assertTrue(in2010.contains("site/novelis-saguenay"), in2010.toString());
        Map<Integer, Set<String>> in2020 = tiers(trace("site/alma", Direction.downstream, 1, null, 2020));
        assertFalse(in2020.getOrDefault(1, Set.of()).contains("site/novelis-saguenay"), in2020.toString());
    }

    @Test
    void productFilterFollowsOnlyThatProductAndItsNarrowerOnes() {
        assertEquals(Map.of(0, Set.of("site/becancour", "org/alcoa")),
                     tiers(trace("site/becancour", Direction.downstream, 3, "product/rod", null)));
        Map<Integer, Set<String>> metal = tiers(trace("site/becancour", Direction.downstream, 3,
                                                      "product/aluminium-products", null));
        assertTrue(metal.get(2).contains("org/rod-customers-worldwide"), metal.toString());
    }

    @Test
    void unknownStartIsA404NamingIt() {
        Problem e = assertThrows(Problem.class,
            () -> trace("site/atlantis", Direction.downstream, 2, null, null));
        assertEquals(404, e.status());
        assertEquals("unknown node: https://w3id.org/alukg/id/site/atlantis", e.getMessage());
    }

    @Test
    void overTheCapsIsA400NamingTheCap() {
        Problem depth = assertThrows(Problem.class,
            () -> trace("site/becancour", Direction.downstream, 7, null, null));
        assertEquals(400, depth.status());
        assertTrue(depth.getMessage().contains("maxDepth=6"), depth.getMessage());
        TraceService small = new TraceService(store, new TraceLimits(6, 3, 6, 1000), Alu.BASE);
        Problem nodes = assertThrows(Problem.class, () -> small.trace(
            new TraceRequest(List.of("site/becancour"), Direction.downstream, 3, null, null, "en", false)));
        assertEquals(400, nodes.status());
        assertTrue(nodes.getMessage().contains("maxNodes=3"), nodes.getMessage());
    }

    @Test
    void shortFormsAreReadUnderTheServersBase() {
        TraceService elsewhere = new TraceService(store, TraceLimits.defaults(), "https://example.org/kg/");
        Problem e = assertThrows(Problem.class, () -> elsewhere.trace(
            new TraceRequest(List.of("site/becancour"), Direction.downstream, 1, null, null, "en", false)));
        assertEquals("unknown node: https://example.org/kg/id/site/becancour", e.getMessage());
        TraceResult full = elsewhere.trace(new TraceRequest(List.of(ID + "site/becancour"), Direction.downstream, 1,
                                                            null, null, "en", false));
        assertTrue(tiers(full).get(1).contains("site/becancour-rod-plant"), full.tiers().toString());
    }

    static TracedEdge edge(TraceResult r, String from, String to) {
        return r.edges().stream().filter(e -> e.from().equals(ID + from) && e.to().equals(ID + to)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + r.edges()));
    }
}
