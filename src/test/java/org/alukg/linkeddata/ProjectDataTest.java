package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The "done when", over the project's own ontology/ and data/. */
class ProjectDataTest {
    @RegisterExtension static final Curated curated = Curated.project();

    /** curl -L -H 'Accept: text/turtle' http://127.0.0.1:3030/id/site/alouette names all five owners with shares and sources. */
    @Test
    void alouetteTurtleNamesItsFiveOwnersWithSharesAndSources() throws Exception {
        try (TestServer server = curated.server()) {
            HttpClient follow = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<String> r = follow.send(HttpRequest.newBuilder(URI.create(server.url() + "/id/site/alouette"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.uri().getPath().equals("/doc/site/alouette"), r.uri().toString());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
            Map<String, BigDecimal> shares = new HashMap<>();
            g.find(Node.ANY, Alu.ownedEntity.asNode(), NodeFactory.createURI(Alu.id("site", "alouette"))).forEachRemaining(t -> {
                Node n = t.getSubject();
                Node owner = g.find(n, Alu.owner.asNode(), Node.ANY).next().getObject();
                Node source = g.find(n, DCTerms.source.asNode(), Node.ANY).next().getObject();
                assertTrue(g.contains(source, Node.ANY, Node.ANY), "the source is described: " + source);
                assertTrue(g.contains(owner, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY),
                           "the owner's name comes with the description: " + owner);
                shares.put(owner.getURI().substring(owner.getURI().lastIndexOf('/') + 1),
                           new BigDecimal(g.find(n, Alu.sharePercent.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm()).stripTrailingZeros());
            });
            assertEquals(5, shares.size(), shares.toString());
            assertEquals(0, new BigDecimal("100").compareTo(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)), shares.toString());

            HttpResponse<String> page = follow.send(HttpRequest.newBuilder(URI.create(server.url() + "/id/site/alouette"))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").header("Accept-Language", "fr-CA,fr;q=0.9")
                .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("fr", page.headers().firstValue("Content-Language").orElseThrow());
            Document html = Jsoup.parse(page.body());
            assertTrue(html.select("#owners li").eachText().stream().anyMatch(t -> t.contains("détient 13,33 %")),
                       html.select("#owners").text());
            assertFalse(html.select(".source a[href=\"https://www.alouette.com/en/our-company/history\"]").isEmpty(),
                        "each source links to its document");
        }
    }
}
