package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every fact shown as what it is, on the pages of the project's own data: events, funding, dated values, quantities. */
class FactsAsTheyAreTest extends ProjectPages {
    @org.junit.jupiter.api.extension.RegisterExtension static final org.alukg.testing.Curated curated = org.alukg.testing.Curated.project();
    static org.alukg.testing.TestServer server;

    @org.junit.jupiter.api.BeforeAll
    static void start() { server = curated.server(); }
    @Test
    void alouetteListsItsMilestonesAsEvents() throws Exception {
        Document page = page(server, "/doc/site/alouette?lang=en");
        List<Element> rows = page.select("#events tr.event");
        List<String> when = rows.stream().map(e -> e.selectFirst("time").text()).toList();
        List<String> what = rows.stream().map(e -> e.selectFirst(".name").text()).toList();
        List<String> milestones = List.of("Alouette smelter project announced", "First metal at the Alouette smelter",
                                          "Phase II of the Alouette smelter built (September 2002 to May 2005)",
                                          "AP40 technology implemented at the Alouette smelter");
        assertEquals(milestones, what.stream().filter(milestones::contains).toList(), "in the order they happened: " + what);
        assertEquals(List.of("1989-09-01", "1992-06", "2002–2005", "2020-11"),
                     milestones.stream().map(m -> when.get(what.indexOf(m))).toList());
        Element announced = page.selectFirst("#events tr.event:has(time:matchesOwn(^1989-09-01$))");
        assertEquals("Milestone", announced.selectFirst(".kind").text());
        assertFalse(announced.select(".source a[href=\"https://www.alouette.com/en/our-company/history\"]").isEmpty(), announced.html());
        assertTrue(page.select("#facts th").eachText().stream().noneMatch(t -> t.equals("milestone")),
                   "milestones are events, not facts: " + page.select("#facts th").eachText());
    }

    @Test
    void sourcesDisagreeOnlyWhereTheyGiveDifferentValuesForTheSameYear() throws Exception {
        Document page = page(server, "/doc/site/alouette?lang=en");
        Element capacity = table(page, "capacity");
        assertFalse(row(capacity, "2011").hasClass("conflict"), "seven sources, one figure: " + row(capacity, "2011").text());
        assertFalse(row(capacity, "undated").hasClass("conflict"), "undated figures are not for the same date");
        assertFalse(row(capacity, "2020").hasClass("conflict"));
        assertTrue(row(capacity, "2005").hasClass("conflict"), "550,000 t and 575,000 t for 2005: " + row(capacity, "2005").text());
        assertFalse(row(table(page, "investment"), "2005").text().contains("sources disagree"));
        assertTrue(table(page, "employees").select("tr.conflict").eachText().stream().allMatch(t -> t.startsWith("2025")),
                   table(page, "employees").select("tr.conflict").eachText().toString());
    }

    @Test
    void quantitiesReadAsPeopleWriteThemInBothLanguages() throws Exception {
        Document en = page(server, "/doc/site/alouette?lang=en");
        Document fr = page(server, "/doc/site/alouette?lang=fr");
        String employeesEn = text(table(en, "employees"));
        String employeesFr = text(table(fr, "employés"));
        assertTrue(employeesEn.contains("more than 900 employees") && employeesEn.contains("830 jobs"), employeesEn);
        assertTrue(employeesFr.contains("plus de 900 employés") && employeesFr.contains("1 300 employés"), employeesFr);
        assertTrue(text(table(en, "investment")).contains("C$1.4 billion"), text(table(en, "investment")));
        assertTrue(text(table(fr, "investissement")).contains("1,4 G$"), text(table(fr, "investissement")));
        assertTrue(text(table(en, "capacity")).contains("630,000 tonnes per year"));
        for (Document d : List.of(en, fr)) {
            String values = text(d.selectFirst("#values"));
            assertFalse(values.matches("(?s).*\\d (count|amount|nombre|montant)\\b.*"), values);
        }
    }

    @Test
    void fundingFlowsFromGiverToReceiverWithAmountProgrammeAndSource() throws Exception {
        Document en = page(server, "/doc/org/paber-aluminium?lang=en");
        Element essor = en.selectFirst("#funding tr.flow:has(td.programme:contains(ESSOR))");
        assertNotNull(essor, en.select("#funding").outerHtml());
        assertEquals("Investissement Québec", essor.selectFirst("td.funder").text());
        assertEquals("C$1.3 million", essor.selectFirst("td.amount").text());
        assertFalse(essor.select(".source").isEmpty());
        Element frEssor = page(server, "/doc/org/paber-aluminium?lang=fr").selectFirst("#funding tr.flow:has(td.programme:contains(ESSOR))");
        assertEquals("1,3 M$", frEssor.selectFirst("td.amount").text());
        Document funder = page(server, "/doc/org/investissement-quebec?lang=en");
        assertFalse(funder.select("#funding td.recipient a[href=\"/id/org/paber-aluminium?lang=en\"]").isEmpty(),
                    "the giver's page shows the flow too");
    }

    /** The table of dated values under the heading {@code property}. */
    private static Element table(Document page, String property) {
        Element h = page.selectFirst("#values h3:matchesOwn(^" + property + "$), #values h3:has(a:matchesOwn(^" + property + "$))");
        assertNotNull(h, property + " in " + page.select("#values h3").eachText());
        Element next = h.nextElementSibling();
        return next.tagName().equals("table") ? next : next.nextElementSibling();
    }

    private static Element row(Element table, String asOf) {
        Element row = table.selectFirst("tbody tr:has(td:eq(0):matchesOwn(^" + asOf + "$))");
        assertNotNull(row, asOf + " in " + table.text());
        return row;
    }

    /** The text as read, with no-break spaces as spaces. */
    private static String text(Element e) { return e.text().replace('\u00a0', ' ').replace('\u202f', ' '); }
}
