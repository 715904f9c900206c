package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSetFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format of the API parses with Jena to the same answer, and the graph formats with RDF4J Rio too. */
class FormatsTest {
    @TempDir static Path home;
    static ApiServer server;

    @BeforeAll
    static void start() { server = ApiServer.start(home); }

    @AfterAll
    static void stop() { server.close(); }

    String body(String path) throws Exception {
        var r = server.get(path, null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void tableFormatsParseWithJenaToTheNineSmelters() throws Exception {
        for (var f : List.of(new Object[] {"sparql-json", ResultSetLang.RS_JSON}, new Object[] {"xml", ResultSetLang.RS_XML},
                             new Object[] {"csv", ResultSetLang.RS_CSV}, new Object[] {"tsv", ResultSetLang.RS_TSV})) {
            String text = body("/api/queries/smelters?format=" + f[0]);
            ResultSetRewindable rs = ResultSetFactory.makeRewindable(ResultSetMgr.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (Lang) f[1]));
            assertEquals(9, rs.size(), f[0].toString());
            List<String> vars = rs.getResultVars();
            assertTrue(vars.containsAll(List.of("smelter", "operator", "region", "capacity")), f[0] + ": " + vars);
        }
    }

    @Test
    void graphFormatsParseWithJenaAndRdf4jToTheSameGraph() throws Exception {
        Model turtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(body("/api/queries/resource?resource=site/becancour"), Lang.TURTLE).parse(turtle);
        assertTrue(turtle.size() > 5);
        for (var f : List.of(new Object[] {"jsonld", Lang.JSONLD, RDFFormat.JSONLD},
                             new Object[] {"ntriples", Lang.NTRIPLES, RDFFormat.NTRIPLES},
                             new Object[] {"turtle", Lang.TURTLE, RDFFormat.TURTLE})) {
            String text = body("/api/queries/resource?resource=site/becancour&format=" + f[0]);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(text, (Lang) f[1]).parse(m);
            assertTrue(m.isIsomorphicWith(turtle), f[0].toString());
            var rdf4j = Rio.parse(new StringReader(text), "", (RDFFormat) f[2]);
            assertEquals(turtle.size(), new LinkedHashModel(rdf4j).size(), f[0].toString());
        }
    }
}
