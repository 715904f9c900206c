package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.alukg.problem.Problem;
import org.alukg.config.ServerConfig;
import org.alukg.store.Store;
import org.alukg.store.Locations;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The catalog is checked whole: a broken file is named with its line, and stops the server start. */
class CatalogTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static final String GOOD = """
        #+ summary: Smelters of a region
        #+ params:
        #+   region: The region
        SELECT ?s WHERE { ?s <https://w3id.org/alukg/ontology#region> ?__region_iri }
        """;

    static Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    static String brokenMessage(Path dir) {
        return assertThrows(Problem.class, () -> Catalog.read(dir)).getMessage();
    }

    @Test
    void theProjectCatalogReads() {
        Catalog c = Catalog.read(curated.locations().queriesDir());
        assertTrue(c.has("smelters"));
        assertTrue(c.all().size() >= 16);
    }

    @Test
    void aGoodFileGivesItsNameSummaryAndParameters(@TempDir Path dir) throws Exception {
        write(dir, "by-region.rq", GOOD);
        NamedQuery q = Catalog.read(dir).get("by-region");
        assertEquals("Smelters of a region", q.summary());
        Parameter p = q.parameters().get(0);
        assertEquals("region", p.name());
        assertEquals(Parameter.Kind.IRI, p.kind());
        assertEquals(false, p.required());
    }

    @Test
    void shortFormsAreBoundUnderTheCatalogsBase(@TempDir Path dir) throws Exception {
        write(dir, "by-region.rq", GOOD);
        NamedQuery q = Catalog.read(dir, "https://example.org/kg/").get("by-region");
        String bound = ParameterBinder.bind(q, Map.of("region", List.of("region/cote-nord"))).serialize();
        assertTrue(bound.contains("<https://example.org/kg/id/region/cote-nord>"), bound);
        String standard = ParameterBinder.bind(Catalog.read(dir).get("by-region"),
                                               Map.of("region", List.of("region/cote-nord"))).serialize();
        assertTrue(standard.contains("<https://w3id.org/alukg/id/region/cote-nord>"), standard);
    }

    @Test
    void badYamlNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "bad.rq", "#+ summary: ok\n#+ tags: [a, b\n#+ params: {}\nSELECT * { ?s ?p ?o }\n");
        String m = brokenMessage(dir);
        assertTrue(m.startsWith("broken named query " + f + ":"), m);
        assertTrue(m.contains("header is not valid YAML"), m);
    }

    @Test
    void aParameterUsedButNotDeclaredIsNamed(@TempDir Path dir) throws Exception {
        Path f = write(dir, "undeclared.rq", "#+ summary: x\nSELECT ?s WHERE { ?s ?p ?_thing_iri }\n");
        assertEquals("broken named query " + f + ":1: parameters used in the query but not declared under params: [thing]",
                     brokenMessage(dir));
    }

    @Test
    void aParameterDeclaredButNotUsedIsNamed(@TempDir Path dir) throws Exception {
        Path f = write(dir, "unused.rq", "#+ summary: x\n#+ params:\n#+   region: The region\nSELECT ?s WHERE { ?s ?p ?o }\n");
        assertEquals("broken named query " + f + ":2: parameters declared under params but not used in the query: [region]",
                     brokenMessage(dir));
    }

    @Test
    void sparqlThatDoesNotParseIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = write(dir, "syntax.rq", "#+ summary: x\nSELECT ?s\nWHERE { ?s ?p }\n");
        String m = brokenMessage(dir);
        assertTrue(m.startsWith("broken named query " + f + ":3:"), m);
        assertTrue(m.matches(Pattern.quote("broken named query " + f) + ":3:\\d+: SPARQL does not parse: .+"), m);
        assertEquals(1, m.lines().count(), m);
        assertTrue(!m.contains("Was expecting"), m);
    }

    @Test
    void unknownKeysBadDefaultsAndUnstablePagesAreRefused(@TempDir Path dir) throws Exception {
        Path a = write(dir.resolve("a"), "typo.rq", "#+ summary: x\n#+ tag: [a]\nSELECT * { ?s ?p ?o }\n");
        assertTrue(brokenMessage(dir.resolve("a")).startsWith("broken named query " + a + ":2: unknown header key: tag"));
        Path b = write(dir.resolve("b"), "default.rq", GOOD.replace("#+ params:", "#+ defaults:\n#+   - region: not an iri\n#+ params:"));
        assertTrue(brokenMessage(dir.resolve("b")).startsWith("broken named query " + b + ":2: bad value for parameter region"));
        Path c = write(dir.resolve("c"), "pages.rq", GOOD.replace("#+ params:", "#+ pagination: 10\n#+ params:"));
        assertEquals("broken named query " + c + ":2: pagination needs a SELECT query with ORDER BY, so pages are stable",
                     brokenMessage(dir.resolve("c")));
    }

    @Test
    void aBrokenFileStopsTheServerStart(@TempDir Path home) throws Exception {
        Locations options = ContentTree.PROJECT.copyTo(home.resolve("h"));
        Path broken = write(options.queriesDir(), "zz-broken.rq", "#+ summary: x\nSELECT ?s WHERE { ?s ?p ?_thing_iri }\n");
        Problem e = assertThrows(Problem.class, () -> curated.server(ServerConfig.defaults().withPort(0), options));
        assertTrue(e.getMessage().startsWith("broken named query " + broken + ":1:"), e.getMessage());
    }

    /** queries/README.md lists every query with its summary, and nothing else. */
    @Test
    void theReadmeIndexIsTrue() throws Exception {
        String readme = Files.readString(curated.locations().queriesDir().resolve("README.md"));
        Matcher m = Pattern.compile("(?m)^\\| \\[`([a-z0-9/-]+)`\\]\\(([^)]+)\\) \\| (.+?) \\| (.*?) \\|$").matcher(readme);
        List<String> listed = new ArrayList<>();
        Catalog c = Catalog.read(curated.locations().queriesDir());
        while (m.find()) {
            NamedQuery q = c.get(m.group(1));
            listed.add(q.name());
            assertEquals(q.name() + ".rq", m.group(2));
            assertEquals(q.summary(), m.group(3), q.name());
            assertEquals(String.join(", ", q.parameters().stream()
                .map(p -> "`" + p.name() + "`" + (p.required() && p.defaults().isEmpty() ? " (required)" : "")).toList()),
                m.group(4), q.name());
        }
        assertEquals(c.all().stream().map(NamedQuery::name).toList(), listed);
    }
}
