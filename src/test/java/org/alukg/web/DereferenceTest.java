package org.alukg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DereferenceTest {
    @TempDir static Path home;
    static WebFixture web;

    @BeforeAll
    static void start() { web = WebFixture.start(home); }

    @AfterAll
    static void stop() { web.close(); }

    @Test
    void idAnswers303ToDoc() throws Exception {
        HttpResponse<String> r = web.get("/id/site/alouette", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/site/alouette", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void turtleNamesAllFiveOwnersOfAlouetteWithSharesAndSources() throws Exception {
        HttpResponse<String> r = web.get("/doc/site/alouette", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        System.out.println(r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() > 10);
    }

    @Test
    void htmlPage() throws Exception {
        HttpResponse<String> r = web.get("/doc/site/alouette", "Accept", "text/html", "Accept-Language", "fr-CA,fr;q=0.9");
        assertEquals(200, r.statusCode(), r.body());
        System.out.println(r.body());
        r = web.get("/doc/site/becancour.jsonld");
        System.out.println(r.body());
    }
}
