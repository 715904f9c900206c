package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alukg.config.ServerConfig;
import org.alukg.store.DataVersion;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 303 from /id to /doc, negotiation of every format, the same graph whichever the syntax and the parser. */
class DereferenceTest {
    @RegisterExtension static final Curated curated = Curated.linkedData();
    static TestServer web;

    @BeforeAll
    static void start() { web = curated.server(); }

    static final Map<String, String> TYPES = Map.of(
        "text/turtle", "ttl", "application/ld+json", "jsonld", "application/rdf+xml", "rdf",
        "application/n-triples", "nt", "application/trig", "trig", "text/html", "html");

    @Test
    void idAnswers303ToDocForEveryMediaType() throws Exception {
        for (String type : TYPES.keySet()) {
            HttpResponse<String> r = web.get("/id/site/alouette", "Accept", type);
            assertEquals(303, r.statusCode(), type);
            assertEquals("/doc/site/alouette", r.headers().firstValue("Location").orElseThrow(), type);
        }
        HttpResponse<String> r = web.get("/id/site/alouette.ttl?lang=fr");
        assertEquals("/doc/site/alouette.ttl?lang=fr", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void docNegotiatesEachMediaTypeAndVariesOnAccept() throws Exception {
        for (var e : TYPES.entrySet()) {
            HttpResponse<String> r = web.get("/doc/site/alouette", "Accept", e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(e.getKey()), e.getKey());
            assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"), e.getKey());
            assertEquals("/doc/site/alouette." + e.getValue(), r.headers().firstValue("Content-Location").orElseThrow());
            HttpResponse<String> byExt = web.get("/doc/site/alouette." + e.getValue());
            assertEquals(200, byExt.statusCode(), e.getValue());
            assertTrue(byExt.headers().firstValue("Content-Type").orElseThrow().startsWith(e.getKey()), e.getValue());
        }
        HttpResponse<String> weighted = web.get("/doc/site/alouette", "Accept", "text/html;q=0.5, application/ld+json");
        assertTrue(weighted.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
    }

    @Test
    void everyFormatParsesWithJenaAndRioToTheSameGraph() throws Exception {
        Graph reference = null;
        for (var e : TYPES.entrySet()) {
            if (e.getKey().equals("text/html"))
                continue;
            byte[] body = web.bytes("/doc/site/becancour." + e.getValue()).body();
            Graph jena = GraphFactory.createDefaultGraph();
            RDFParser.source(new java.io.ByteArrayInputStream(body)).lang(RDFLanguages.contentTypeToLang(e.getKey()))
                     .base("http://example.org/").parse(jena);
            Graph rio = RioAdapter.parse(body, e.getKey(), "http://example.org/");
            assertTrue(IsoMatcher.isomorphic(jena, rio), e.getKey() + ": Jena and Rio read different graphs");
            if (reference == null)
                reference = jena;
            assertTrue(IsoMatcher.isomorphic(reference, jena), e.getKey() + " differs from the other formats");
        }
    }

    @Test
    void jsonLdIsCompactWithOurContextAndRoundTrips() throws Exception {
        String json = web.get("/doc/site/becancour", "Accept", "application/ld+json").body();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertTrue(tree.get("@context").has("sharePercent"), "our context is used");
        assertTrue(json.contains("\"sharePercent\": \"74.95\""), json);
        assertTrue(json.contains("\"owner\": \"https://w3id.org/alukg/id/org/alcoa\""), json);
        byte[] ttl = web.bytes("/doc/site/becancour.ttl").body();
        Graph fromTurtle = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(ttl)).lang(org.apache.jena.riot.Lang.TURTLE).parse(fromTurtle);
        Graph fromJsonLd = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, org.apache.jena.riot.Lang.JSONLD).parse(fromJsonLd);
        assertTrue(IsoMatcher.isomorphic(fromTurtle, fromJsonLd));
    }

    /** The "done when": Turtle that names all five owners of Alouette with their shares and sources. */
    @Test
    void turtleOfAlouetteNamesItsFiveOwnersWithSharesAndSources() throws Exception {
        HttpResponse<String> r = web.get("/doc/site/alouette", "Accept", "text/turtle");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).parse(g);
        Map<String, BigDecimal> shares = new HashMap<>();
        g.find(Node.ANY, Alu.ownedEntity.asNode(), NodeFactory.createURI(Alu.id("org", "aluminerie-alouette"))).forEachRemaining(t -> {
            Node n = t.getSubject();
            Node owner = g.find(n, Alu.owner.asNode(), Node.ANY).next().getObject();
            Node share = g.find(n, Alu.sharePercent.asNode(), Node.ANY).next().getObject();
            Node source = g.find(n, DCTerms.source.asNode(), Node.ANY).next().getObject();
            assertTrue(g.contains(source, DCTerms.title.asNode(), Node.ANY), "the source is described: " + source);
            assertTrue(g.contains(owner, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY), "the owner is named: " + owner);
            shares.put(owner.getURI().substring(Alu.ID.length()), new BigDecimal(share.getLiteralLexicalForm()));
        });
        assertEquals(Map.of("org/rio-tinto", new BigDecimal("40.0"), "org/amag", new BigDecimal("20.0"),
                            "org/hydro", new BigDecimal("20.0"), "org/marubeni", new BigDecimal("13.33"),
                            "org/investissement-quebec", new BigDecimal("6.67")), shares);
    }

    @Test
    void unknownIriIs404WithNearNames() throws Exception {
        HttpResponse<String> r = web.get("/id/site/alouete", "Accept", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().startsWith("no such resource: https://w3id.org/alukg/id/site/alouete"), r.body());
        assertTrue(r.body().contains("did you mean: /id/site/alouette"), r.body());
        HttpResponse<String> page = web.get("/doc/site/becancourt", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertFalse(Jsoup.parse(page.body()).select(".suggestions a[href=\"/id/site/becancour\"]").isEmpty(), page.body());
    }

    @Test
    void malformedIdGetsOurErrorPageOrOneLineWithItsRequestId() throws Exception {
        DataVersion before = web.store.version();
        HttpResponse<String> html = web.get("/id/site/alma/extra", "Accept", "text/html", "X-Request-Id", "bad-id-test-1");
        assertEquals(400, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("bad-id-test-1", html.headers().firstValue("X-Request-Id").orElseThrow(), "the caller's request id is kept");
        Document page = Jsoup.parse(html.body());
        assertEquals("Bad request", page.selectFirst("h1").text());
        assertEquals("malformed identifier, expected /kind/slug: /site/alma/extra", page.selectFirst(".message").text());
        assertTrue(page.title().startsWith("400 "), page.title());

        HttpResponse<String> text = web.get("/id/site/alma/extra", "Accept", "text/plain");
        assertEquals(400, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("malformed identifier, expected /kind/slug: /site/alma/extra\n", text.body());
        assertTrue(text.headers().firstValue("X-Request-Id").orElseThrow().matches("[A-Za-z0-9]{8,}"), "a request id is made");
        assertEquals(before, web.store.version(), "nothing changed in the store");
    }

    @Test
    void unknownSlugGetsOurNotFoundPageWithNearNamesAsLinks() throws Exception {
        DataVersion before = web.store.version();
        HttpResponse<String> html = web.get("/id/site/alouete", "Accept", "text/html", "Accept-Language", "fr");
        assertEquals(404, html.statusCode());
        assertTrue(html.headers().firstValue("X-Request-Id").isPresent());
        Document page = Jsoup.parse(html.body());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("Introuvable", page.selectFirst("h1").text());
        assertEquals("no such resource: https://w3id.org/alukg/id/site/alouete", page.selectFirst(".message").text());
        assertEquals("Vouliez-vous dire", page.selectFirst("h2").text());
        Element near = page.selectFirst(".suggestions a[href=\"/id/site/alouette\"]");
        assertTrue(near != null, page.html());
        assertFalse(near.text().isBlank(), "a near name is shown by its name");

        HttpResponse<String> text = web.get("/id/site/alouete");
        assertEquals(404, text.statusCode());
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(text.body().startsWith("no such resource: https://w3id.org/alukg/id/site/alouete\n"), text.body());
        assertTrue(text.body().contains("did you mean: /id/site/alouette"), text.body());
        assertTrue(text.headers().firstValue("X-Request-Id").isPresent());

        HttpResponse<String> none = web.get("/doc/site/alouette", "Accept", "image/png");
        assertEquals(406, none.statusCode());
        assertTrue(none.body().startsWith("no representation for Accept, offered text/html, "), none.body());
        assertTrue(none.body().endsWith(": image/png\n"), none.body());
        assertEquals(before, web.store.version(), "nothing changed in the store");
    }

    @Test
    void anUnknownPathAnywhereGetsOurNotFoundPage() throws Exception {
        HttpResponse<String> html = web.get("/nothing-here", "Accept", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.headers().firstValue("X-Request-Id").isPresent());
        Document page = Jsoup.parse(html.body());
        assertEquals("Not found", page.selectFirst("h1").text());
        assertEquals("no such page: /nothing-here", page.selectFirst(".message").text());
        assertFalse(page.text().contains("Jetty"), "not Jetty's error page: " + page.text());
        assertEquals("/web/alukg.css", page.selectFirst("link[rel=stylesheet]").attr("href"), "our style sheet");

        HttpResponse<String> text = web.get("/nothing-here");
        assertEquals(404, text.statusCode());
        assertEquals("no such page: /nothing-here\n", text.body());
    }

    @Test
    void malformedAndTraversalPathsAreRefused() throws Exception {
        for (String bad : List.of("/doc/site/alma/extra", "/doc/site", "/doc/site/al.ma.ttl", "/id/site/%2e%2e",
                                  "/doc/site/%2Fetc%2Fpasswd", "/doc/site/alma%00", "/id/..%2F..%2Fetc%2Fpasswd")) {
            HttpResponse<String> r = web.get(bad);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, bad + " → " + r.statusCode());
            assertFalse(r.body().contains("root:"), bad);
        }
        HttpResponse<String> r = web.get("/doc/site/alma/extra");
        assertEquals(400, r.statusCode());
        assertEquals("malformed identifier, expected /kind/slug: /site/alma/extra\n", r.body());
        assertEquals(404, web.get("/doc/site/alouette.exe").statusCode());
        assertEquals(406, web.get("/doc/site/alouette", "Accept", "image/png").statusCode());
    }

    @Test
    void publicBaseIsConfigurable() throws Exception {
        // Data named under another base is served by this host: /id/site/x resolves <base>id/site/x.
        try (TestServer w = curated.server(new ServerConfig(ServerConfig.DEFAULT_HOST, 0,
                ServerConfig.DEFAULT_TIMEOUT, "http://data.example.org/alu/", null, null, ServerConfig.DEFAULT_MAX_CONCURRENT))) {
            w.store.write(() -> w.store.dataset().add(NodeFactory.createURI(Alu.GRAPH + "test"),
                NodeFactory.createURI("http://data.example.org/alu/id/site/elsewhere"),
                org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("Elsewhere", "en")));
            assertEquals(303, w.get("/id/site/elsewhere").statusCode());
            HttpResponse<String> r = w.get("/doc/site/elsewhere.nt");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("<http://data.example.org/alu/id/site/elsewhere>"), r.body());
            assertEquals(404, w.get("/id/site/alouette").statusCode(), "IRIs under the default base are not ours here");
        }
    }
}
