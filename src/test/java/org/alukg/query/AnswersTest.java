package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Store;
import org.alukg.store.Locations;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each named query gives its expected answer on the curated data. The expected values were checked by hand against
 * the fact sheet (shared/facts/quebec-aluminium-cluster.md) and data/; the comments say where each comes from.
 */
@Order(2)
class AnswersTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static Catalog catalog;
    static Store store;
    static final String ID = "https://w3id.org/alukg/id/";

    @BeforeAll
    static void load() {
        catalog = Catalog.read(curated.locations().queriesDir());
        store = curated.copy();
    }

    /** The rows of a query, each as column → value (lexical form; our IRI prefix cut off; "" when unbound). */
    static List<Map<String, String>> rows(Store store, String query, Map<String, List<String>> params) {
        ResultSetRewindable rs = Answer.of(store, catalog.get(query), params, Answer.Page.ALL).rows();
        List<Map<String, String>> out = new ArrayList<>();
        rs.forEachRemaining(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                var n = s.get(v);
                row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString().replace(ID, ""));
            }
            out.add(row);
        });
        return out;
    }

    static List<Map<String, String>> rows(String query, Map<String, List<String>> params) { return rows(store, query, params); }

    /** The values of {@code column}, row by row. */
    static List<String> column(String query, Map<String, List<String>> params, String column) {
        return rows(query, params).stream().map(r -> r.get(column)).toList();
    }

    /** Each row as the values of {@code columns} joined with " ". */
    static List<String> table(List<Map<String, String>> rows, String... columns) {
        return rows.stream().map(r -> String.join(" ", List.of(columns).stream().map(r::get).toList())).toList();
    }

    @Test
    void smeltersAreTheNineOperatingOnesWithTheirLatestCapacity() {
        // Fact sheet §1A (operator, region) and §1B (capacity with the year of the figure): the most recent dated
        // capacity figure; Alma's 440,305 t of 2013 is output ("produced"), so its latest capacity is 438,000 t (2012).
        assertEquals(List.of(
            "site/alma org/rio-tinto region/saguenay-lac-saint-jean 438000 2012",
            "site/alouette org/aluminerie-alouette region/cote-nord 630000 2025",
            "site/arvida-ap60 org/rio-tinto region/saguenay-lac-saint-jean 60000 2013",
            "site/arvida org/rio-tinto region/saguenay-lac-saint-jean 170000 2024",
            "site/baie-comeau org/alcoa region/cote-nord 300000 2016",
            "site/becancour org/alcoa region/centre-du-quebec 413000 2018",
            "site/deschambault org/alcoa region/capitale-nationale 287000 2022",
            "site/grande-baie org/rio-tinto region/saguenay-lac-saint-jean 244000 2021",
            "site/laterriere org/rio-tinto region/saguenay-lac-saint-jean 235000 2010"),
            table(rows("smelters", Map.of()), "smelter", "operator", "region", "capacity", "capacityYear"));
        assertEquals(column("smelters", Map.of(), "capacity"), column("smelters", Map.of(), "capacityLow"),
                     "no two sources disagree on a smelter's latest year");
    }

    @Test
    void smeltersFilteredByRegionAndOperator() {
        assertEquals(List.of("site/baie-comeau"), column("smelters",
            Map.of("region", List.of("region/cote-nord"), "operator", List.of("org/alcoa")), "smelter"));
        assertEquals(List.of("site/alouette", "site/baie-comeau", "site/becancour"), column("smelters",
            Map.of("region", List.of("region/cote-nord", "region/centre-du-quebec")), "smelter"));
    }

    /** Two sources that disagree on the latest year's capacity: one row, the highest figure, the lowest beside it. */
    @Test
    void conflictingFiguresForTheLatestYearGiveOneRowWithTheRange(@TempDir Path other) throws IOException {
        Locations o = ContentTree.PROJECT.copyTo(other);
        Files.writeString(o.home().resolve("data/zz-conflict.ttl"), """
            @prefix alu: <https://w3id.org/alukg/ontology#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/alukg/id/site/deschambault> alu:capacity <https://w3id.org/alukg/id/value/deschambault-capacity-2022-other> .
            <https://w3id.org/alukg/id/value/deschambault-capacity-2022-other> a alu:DatedValue ;
                alu:tonnesPerYear 280000 ; alu:asOf "2022"^^xsd:gYear ;
                dct:source <https://w3id.org/alukg/id/source/alcoa-profile-adq> ; alu:confidence alu:LowConfidence .
            """);
        try (Store s = Store.inMemory()) {
            new CuratedLoader(o).loadIfStale(s, false);
            List<Map<String, String>> r = rows(s, "smelters", Map.of("operator", List.of("org/alcoa")));
            assertEquals(List.of("site/baie-comeau 300000 300000 2016", "site/becancour 413000 413000 2018",
                                 "site/deschambault 287000 280000 2022"),
                         table(r, "smelter", "capacity", "capacityLow", "capacityYear"));
        }
    }

    @Test
    void capacityByRegion() {
        // SLSJ: 438,000 + 170,000 + 60,000 + 244,000 + 235,000; Côte-Nord: 300,000 + 630,000.
        assertEquals(List.of("region/saguenay-lac-saint-jean 5 1147000", "region/cote-nord 2 930000",
                             "region/centre-du-quebec 1 413000", "region/capitale-nationale 1 287000"),
                     table(rows("capacity-by-region", Map.of()), "region", "smelters", "capacity"));
    }

    @Test
    void capacityHistoryOneRowPerFigureOldestFirst() {
        // Fact sheet §1B, Baie-Comeau: 436,000 (c. 2002); 385,000 / 400,000 (Alcoa profile, c. 2011–12); 282,000 (2013);
        // about 300,000 (2015–16); addendum: 280,000 t produced (La Presse, 2022). The 2002 figure cites four sources.
        List<Map<String, String>> r = rows("capacity-history", Map.of("facility", List.of("site/baie-comeau")));
        assertEquals(List.of("2002 436000", "2012 385000", "2012 400000", "2013 282000", "2016 300000", "2022 280000"),
                     table(r, "year", "capacity"));
        assertEquals(4, r.get(0).get("sources").split(" ").length, r.get(0).toString());
        List<Map<String, String>> alma = rows("capacity-history", Map.of("facility", List.of("site/alma")));
        assertEquals(List.of("2001 375000 design", "2012 438000 ", "2013 440305 produced"), table(alma, "year", "capacity", "kind"));
    }

    @Test
    void ownersOfAFacilityNowWithTheirShares() {
        // Fact sheet §1A: Alcoa 74.95 % / Rio Tinto 25.05 %; Alouette's five owners; Baie-Comeau's former owners left out.
        // (The store keeps decimals in canonical form: 40.00 in data/ownership.ttl reads 40.0.)
        assertEquals(List.of("org/alcoa 74.95", "org/rio-tinto 25.05"),
                     table(rows("owners", Map.of("facility", List.of("site/becancour"))), "owner", "share"));
        assertEquals(List.of("org/rio-tinto 40.0", "org/amag 20.0", "org/hydro-aluminium 20.0", "org/marubeni 13.33",
                             "org/investissement-quebec 6.67"),
                     table(rows("owners", Map.of("facility", List.of("site/alouette"))), "owner", "share"));
        assertEquals(List.of("org/alcoa"), column("owners", Map.of("facility", List.of("site/baie-comeau")), "owner"));
        // An owner the source gives no share for is listed with an empty share (Sural bought the rod plant in 2014).
        assertEquals(List.of("org/sural "), table(rows("owners", Map.of("facility", List.of("site/becancour-rod-plant"))), "owner", "share"));
    }

    @Test
    void producerCapacityWeighsOwnershipShares() {
        // Alcoa: operates 300,000 + 413,000 + 287,000; equity 300,000 + 287,000 + 74.95 % × 413,000 = 896,543.5.
        // Rio Tinto: operates the five SLSJ smelters (1,147,000); equity adds 40 % of Alouette and 25.05 % of Bécancour.
        assertEquals(List.of("org/rio-tinto 1147000 1502456.5 5 7", "org/alcoa 1000000 896543.5 3 3",
                             "org/amag 0 126000.0 0 1", "org/hydro-aluminium 0 126000.0 0 1", "org/marubeni 0 83979.0 0 1",
                             "org/investissement-quebec 0 42021.0 0 1", "org/aluminerie-alouette 630000 0 1 0"),
                     table(rows("producer-capacity", Map.of()), "producer", "operatedCapacity", "equityCapacity",
                           "operatedSmelters", "ownedSmelters"));
    }

    @Test
    void suppliersAndCustomersOneRowPerRelationshipPowerAgreementsIncluded() {
        // §5B: Vaudreuil → Alma alumina (two sources, one row); Alunorte → Alouette; Hydro-Québec's power agreements (§2).
        List<Map<String, String>> alma = rows("suppliers", Map.of("customer", List.of("site/alma")));
        assertEquals(List.of("site/vaudreuil product/alumina"), table(alma, "supplier", "product"));
        assertEquals(2, alma.get(0).get("sources").split(" ").length);
        assertEquals(List.of("org/alunorte product/alumina", "org/hydro-quebec product/electricity",
                             "org/hydro-quebec product/electricity", "org/hydro-quebec product/electricity"),
                     table(rows("suppliers", Map.of("customer", List.of("site/alouette"))), "supplier", "product"));
        // §5B: Vaudreuil supplies Rio Tinto's SLSJ smelters, and Alma by rail (ordered by the customer's name).
        assertEquals(List.of("site/alma", "org/rio-tinto"), column("customers", Map.of("supplier", List.of("site/vaudreuil")), "customer"));
        assertEquals(List.of("site/becancour", "site/deschambault"),
                     column("customers", Map.of("supplier", List.of("org/mecfor")), "customer"));
    }

    @Test
    void membersOfAnAssociation() {
        // §4A: the AAC's members are Alcoa, Aluminerie Alouette and Rio Tinto.
        assertEquals(List.of("org/alcoa", "org/aluminerie-alouette", "org/rio-tinto"),
                     column("members", Map.of("association", List.of("org/aac")), "member"));
    }

    @Test
    void organisationsByTypeRegionAndName() {
        // §5A and the addendum (EPIQ Machinerie, RSM): the suppliers the sources place in Saguenay–Lac-Saint-Jean;
        // subclasses count (Processor ⊒ FirstTransformer).
        assertEquals(List.of("org/charl-pol", "org/dynamic-concept", "org/epiq-machinerie", "org/groupe-alco-tmi", "org/mecfor",
                             "org/proco", "org/revetement-sur-metaux", "org/stas"),
                     column("organisations", Map.of("type", List.of("https://w3id.org/alukg/ontology#Supplier"),
                                                    "region", List.of("region/saguenay-lac-saint-jean")), "organisation"));
        assertEquals(List.of("org/fjordal", "org/nature-alu", "org/pexal-tecalum"),
                     column("organisations", Map.of("type", List.of("https://w3id.org/alukg/ontology#Processor"),
                                                    "region", List.of("region/saguenay-lac-saint-jean")), "organisation"));
        assertEquals(List.of("org/vallee-aluminium"), column("organisations", Map.of("q", List.of("vallée de l")), "organisation"));
        List<String> all = column("organisations", Map.of(), "organisation");
        assertEquals(all.size(), all.stream().distinct().count(), "one row per organisation");
    }

    @Test
    void researchAndTrainingCentresOneRowEach() {
        List<Map<String, String>> r = rows("research-training", Map.of());
        assertEquals(22, r.size());
        assertEquals(List.of("org/cmq true true"), table(r.stream().filter(x -> x.get("centre").equals("org/cmq")).toList(),
                                                         "centre", "research", "training"));
        // §4B: CQRDA, CURAL, NRC-ATC and the Arvida R&D centre are research centres in Saguenay–Lac-Saint-Jean.
        assertEquals(List.of("org/cqrda", "org/arvida-rd-centre", "org/cural", "org/nrc-atc"),
                     rows("research-training", Map.of("kind", List.of("https://w3id.org/alukg/ontology#ResearchCentre"))).stream()
                         .filter(x -> x.get("region").equals("region/saguenay-lac-saint-jean")).map(x -> x.get("centre")).toList());
        assertEquals(10, column("research-training", Map.of("kind", List.of("https://w3id.org/alukg/ontology#TrainingCentre")), "centre").size());
    }

    @Test
    void statisticsOfAYear() {
        // §6A 2023: Canada 3.3 Mt, US 750,000 t; Québec 1st in North America, 4th in the world (La Presse 2023).
        assertEquals(List.of("observation/canada-output-2023 3300000", "observation/us-output-2023 750000",
                             "observation/quebec-rank-north-america 1", "observation/quebec-rank-world 4"),
                     table(rows("statistics", Map.of("year", List.of("2023"))), "observation", "value"));
        assertEquals(91, rows("statistics", Map.of()).size(), "one row per observation");
    }

    @Test
    void quebecShareByYearNextToTheSeedClaim() {
        // §6A and §6B: 0.9 × Canada / (Canada + US + Mexico); 2010: 0.9 × 2,963,210 / 4,693,210 = 56.8 %, … 2023: 73.3 %.
        assertEquals(List.of("2010 2963210 1730000 4693210 56.8 -3.2", "2016 3200000 818000 4018000 71.7 11.7",
                             "2019 2850000 1090000 3940000 65.1 5.1", "2020 3120000 1010000 4130000 68.0 8.0",
                             "2021 3100000 889000 3989000 69.9 9.9", "2022 3000000 861000 3861000 69.9 9.9",
                             "2023 3300000 750000 4050000 73.3 13.3"),
                     table(rows("quebec-share", Map.of()), "year", "canada", "unitedStates", "northAmerica", "sharePercent", "difference"));
        Map<String, String> first = rows("quebec-share", Map.of()).get(0);
        assertEquals(90.0, Double.parseDouble(first.get("quebecShareOfCanada")));
        assertEquals("60", first.get("claimedShare"));
    }

    @Test
    void disagreementsAreGroupedPerThingAndYear() {
        List<Map<String, String>> r = rows("disagreements", Map.of());
        List<String> t = table(r, "subject", "property", "year", "lowest", "highest", "figures");
        // §7: Baie-Comeau 385,000 (data box) vs 400,000 (text), Alouette 550,000 vs 575,000 after Phase II, Alouette's
        // 2025 headcount, the smelter count (8 or 9), Québec's output (2.8 or 2.9 Mt), founding years.
        for (String expected : List.of(
                "site/baie-comeau https://w3id.org/alukg/ontology#capacity 2012 385000 400000 2",
                "site/alouette https://w3id.org/alukg/ontology#capacity 2005 550000 575000 2",
                "site/alouette https://w3id.org/alukg/ontology#employees 2025 900 950 2",
                "area/quebec https://w3id.org/alukg/ontology#statistic  8 9 6",
                "area/quebec https://w3id.org/alukg/ontology#statistic  2800000 2900000 8",
                "org/aac https://w3id.org/alukg/ontology#founding  1990 1991 2",
                "site/shawinigan https://w3id.org/alukg/ontology#closure  2013 2014 3"))
            assertTrue(t.contains(expected), expected + " in " + t);
        assertEquals(28, r.size(), t.toString());
        assertFalse(t.stream().anyMatch(x -> x.contains("#milestone")), "milestones are events, not competing figures");
    }

    @Test
    void formerSmeltersOneRowEach() {
        // §1C: Isle-Maligne (closing year not found), Shawinigan Falls works (1901–1944, two operators),
        // Beauharnois (1943–2009), Shawinigan (1942–2013).
        assertEquals(List.of("site/isle-maligne  ", "site/shawinigan-falls-works 1901 1944", "site/beauharnois 1943 2009",
                             "site/shawinigan 1942 2013"),
                     table(rows("former-smelters", Map.of()), "smelter", "openedIn", "closedIn"));
        assertEquals(2, rows("former-smelters", Map.of()).get(1).get("operators").split(" ; ").length);
    }

    @Test
    void factsCarryTheirSourcesAndDoNotDescribeNeighbours() {
        List<Map<String, String>> r = rows("facts", Map.of("resource", List.of("site/becancour")));
        for (Map<String, String> row : r)
            assertTrue(row.get("source").startsWith("source/"), row.toString());
        assertTrue(r.stream().anyMatch(x -> x.get("node").equals("ownership/becancour-alcoa")
            && x.get("property").endsWith("#sharePercent") && x.get("value").equals("74.95")));
        assertTrue(r.stream().anyMatch(x -> x.get("node").equals("value/becancour-capacity-2018")
            && x.get("property").endsWith("#tonnesPerYear") && x.get("value").equals("413000") && x.get("asOf").equals("2018")));
        assertTrue(r.stream().anyMatch(x -> x.get("node").isEmpty() && x.get("property").endsWith("#operator")
            && x.get("value").equals("org/alcoa")));
        assertFalse(r.stream().anyMatch(x -> x.get("node").startsWith("org/")), "Alcoa's own facts are not Bécancour's");
    }

    @Test
    void resourceGraphHoldsTheNodesThatDescribeIt() {
        var g = Answer.of(store, catalog.get("resource"), Map.of("resource", List.of("site/becancour")), Answer.Page.ALL).graph();
        var alcoa = g.createResource(ID + "org/alcoa");
        var share = g.createProperty("https://w3id.org/alukg/ontology#sharePercent");
        assertTrue(g.contains(g.createResource(ID + "ownership/becancour-alcoa"), share), "the ownership node");
        assertFalse(g.listStatements(alcoa, null, (org.apache.jena.rdf.model.RDFNode) null).hasNext(), "Alcoa is named, not described");
    }
}
