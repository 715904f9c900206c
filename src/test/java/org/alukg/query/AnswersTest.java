package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alukg.store.Store;
import org.alukg.store.StoreOptions;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each named query gives its expected answer (on the stand-in data until the curated smelters land). */
class AnswersTest {
    @TempDir static Path home;
    static Catalog catalog;
    static Store store;
    static final String ID = "https://w3id.org/alukg/id/";

    @BeforeAll
    static void load() {
        StoreOptions o = Content.home(home);
        catalog = Catalog.read(o.queriesDir());
        store = Content.loaded(o);
    }

    @AfterAll
    static void close() { store.close(); }

    /** The values of {@code column}, row by row, with our IRI prefix cut off. */
    static List<String> column(String query, Map<String, List<String>> params, String column) {
        ResultSetRewindable rs = Answer.of(store, catalog.get(query), params, Answer.Page.ALL).rows();
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> {
            var n = s.get(column);
            out.add(n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString().replace(ID, ""));
        });
        return out;
    }

    @Test
    void capacityByRegion() {
        assertEquals(List.of("region/saguenay-lac-saint-jean", "region/cote-nord", "region/centre-du-quebec",
                             "region/capitale-nationale"), column("capacity-by-region", Map.of(), "region"));
        assertEquals(List.of("1184000", "932000", "450000", "287000"), column("capacity-by-region", Map.of(), "capacity"));
    }

    @Test
    void capacityHistoryOldestFirst() {
        assertEquals(List.of("385000", "312000"), column("capacity-history", Map.of("facility", List.of("site/baie-comeau")), "capacity"));
    }

    @Test
    void smeltersShowTheLatestCapacityNotOutput() {
        assertEquals(List.of("470000"), column("smelters", Map.of("region", List.of("region/saguenay-lac-saint-jean"),
                                                                   "operator", List.of("org/rio-tinto")), "capacity").subList(0, 1));
    }

    @Test
    void suppliersAndCustomers() {
        assertEquals(List.of("org/trans-al"), column("suppliers", Map.of("customer", List.of("site/alma")), "supplier"));
        assertEquals(List.of("product/potline-equipment"), column("suppliers", Map.of("customer", List.of("site/alma")), "product"));
        assertEquals(List.of("site/alma", "site/alouette"), column("customers", Map.of("supplier", List.of("org/trans-al")), "customer"));
    }

    @Test
    void membersOfAnAssociation() {
        assertEquals(List.of("org/alcoa", "org/rio-tinto"), column("members", Map.of("association", List.of("org/aluquebec")), "member"));
    }

    @Test
    void organisationsByTypeAndRegion() {
        assertEquals(List.of("org/trans-al"), column("organisations",
            Map.of("type", List.of("https://w3id.org/alukg/ontology#Supplier"), "region", List.of("region/saguenay-lac-saint-jean")),
            "organisation"));
    }

    @Test
    void researchAndTrainingCentres() {
        assertEquals(List.of("org/cqrda", "org/cegep-jonquiere"), column("research-training", Map.of(), "centre"));
        assertEquals(List.of("org/cqrda"), column("research-training",
            Map.of("kind", List.of("https://w3id.org/alukg/ontology#ResearchCentre")), "centre"));
    }

    @Test
    void producerCapacityWeighsOwnershipShares() {
        List<String> producers = column("producer-capacity", Map.of(), "producer");
        List<String> equity = column("producer-capacity", Map.of(), "equityCapacity");
        // Alcoa: Baie-Comeau 312,000 + Deschambault 287,000 + 74.95 % of Bécancour's 450,000
        assertEquals(936275.0, Double.parseDouble(equity.get(producers.indexOf("org/alcoa"))), 0.01);
        assertEquals(List.of("1049000"), List.of(column("producer-capacity", Map.of(), "operatedCapacity").get(producers.indexOf("org/alcoa"))));
    }

    @Test
    void statisticsAndQuebecShare() {
        assertEquals(List.of("statistic/direct-jobs"), column("statistics", Map.of("year", List.of("2023")), "statistic").subList(0, 1));
        assertEquals(List.of("2022", "2023"), column("quebec-share", Map.of(), "year"));
        assertEquals(List.of("74.36", "80.0"), column("quebec-share", Map.of(), "sharePercent"));
    }

    @Test
    void disagreementsAndFormerSmelters() {
        assertEquals(List.of("site/alouette"), column("disagreements", Map.of(), "subject"));
        assertEquals(List.of("site/shawinigan", "site/beauharnois"), column("former-smelters", Map.of(), "smelter"));
    }

    @Test
    void factsCarryTheirSources() {
        List<String> sources = column("facts", Map.of("resource", List.of("site/becancour")), "source");
        List<String> nodes = column("facts", Map.of("resource", List.of("site/becancour")), "node");
        for (int i = 0; i < nodes.size(); i++)
            if (!nodes.get(i).isEmpty())
                assertEquals(true, sources.get(i).startsWith("source/"), nodes.get(i));
        assertEquals(true, nodes.contains("ownership/becancour-alcoa"));
    }
}
