package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** French pages are French throughout: interface words, the names of properties and classes, links to the page by name. */
class FrenchPagesTest extends ProjectPages {
    @org.junit.jupiter.api.extension.RegisterExtension static final org.alukg.testing.Curated curated = org.alukg.testing.Curated.project();
    static org.alukg.testing.TestServer server;

    @org.junit.jupiter.api.BeforeAll
    static void start() { server = curated.server(); }
    private static final List<String> PAGES = List.of("/doc/site/alouette", "/doc/site/alma", "/doc/org/aluquebec",
                                                      "/doc/org/rio-tinto", "/doc/org/paber-aluminium", "/doc/org/investissement-quebec");
    @Test
    void noInterfaceWordIsLeftInEnglish() throws Exception {
        Set<String> english = englishOnlyWords();
        List<String> found = new ArrayList<>();
        for (String path : PAGES) {
            Document page = french(path);
            for (Element e : page.select("h2, h3, th, dt, .kinds a, .kind, td.programme, .source, #facts td, figcaption, .formats a, footer a"))
                for (String word : english)
                    if (ownText(e).equals(word) || ownText(e).startsWith(word + " "))
                        found.add(path + ": <" + e.tagName() + "> " + e.text());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void propertiesAndClassesAreNamedByTheirFrenchLabels() throws Exception {
        List<String> raw = new ArrayList<>();
        for (String path : PAGES) {
            Document page = french(path);
            for (Element e : page.select("#facts th, #values h3, #incoming dt, .kinds, #events .kind")) {
                String t = e.text();
                if (t.matches(".*\\b(comment|lat|long|url|publisher|notation|subOrganizationOf|[a-z]+[A-Z][a-zA-Z]*)\\b.*"))
                    raw.add(path + ": " + t);
            }
        }
        assertEquals(List.of(), raw);
    }

    @Test
    void linksToThisPageShowNamesAndEnglishOnlyTextIsMarked() throws Exception {
        for (String path : PAGES) {
            Document page = french(path);
            for (Element dd : page.select("#incoming dd"))
                assertTrue(!dd.text().matches("[a-z0-9]+(-[a-z0-9]+)+"), path + ": a slug, not a name: " + dd.text());
        }
        Document alouette = french("/doc/site/alouette");
        Element comment = alouette.selectFirst("#facts td span:containsOwn(The Alouette smelter at Sept-Îles)");
        assertEquals("en", comment.attr("lang"), "the English-only description is marked as English");
        Element technology = alouette.selectFirst("#facts td span:containsOwn(Phase II added potrooms C and D)");
        assertEquals("en", technology.attr("lang"), "a text the data writes in English without a tag is marked as English");
    }

    private static Document french(String path) throws Exception { return page(server, path + "?lang=fr"); }

    private static String ownText(Element e) { return e.ownText().isBlank() ? e.text() : e.ownText().trim(); }

    /** The interface words of the English pages that the French ones write differently. */
    private static Set<String> englishOnlyWords() throws IOException {
        Properties en = words("en");
        Properties fr = words("fr");
        Set<String> out = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String word = en.getProperty(key);
            if (!word.contains("{") && !word.equals(fr.getProperty(key)) && word.length() > 2)
                out.add(word);
        }
        return out;
    }

    private static Properties words(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FrenchPagesTest.class.getResourceAsStream("/org/alukg/linkeddata/words_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
