package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The read-only server over the curated data, as a SPARQL client and a browser see it. */
class ServerTest {
    static final String PREFIX = "PREFIX alu: <https://w3id.org/alukg/ontology#>\n"
                                 + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    static final String OPERATING = PREFIX
        + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a alu:Smelter FILTER NOT EXISTS { ?s alu:closedIn ?y } }";
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    @Test
    void selectAnswersInJsonWithTheNineOperatingSmelters() throws Exception {
        HttpResponse<String> r = server.sparql(OPERATING, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals("9", json.at("/results/bindings/0/n/value").asText());
    }

    @Test
    void selectAnswersInCsv() throws Exception {
        HttpResponse<String> r = server.sparql(OPERATING, "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("n\r\n9\r\n", r.body());
    }

    @Test
    void becancourIsOwnedByAlcoaAndRioTinto() throws Exception {
        String q = PREFIX + "SELECT ?owner ?share WHERE { ?o a alu:Ownership ; "
                   + "alu:ownedEntity <https://w3id.org/alukg/id/site/becancour> ; alu:owner ?owner ; alu:sharePercent ?share }";
        JsonNode rows = new ObjectMapper().readTree(server.sparql(q, "application/sparql-results+json").body())
                                          .at("/results/bindings");
        Map<String, String> shares = new TreeMap<>();
        rows.forEach(b -> shares.put(b.at("/owner/value").asText(), b.at("/share/value").asText()));
        assertEquals(Map.of("https://w3id.org/alukg/id/org/alcoa", "74.95",
                            "https://w3id.org/alukg/id/org/rio-tinto", "25.05"), shares);
    }

    @Test
    void askAnswersTrue() throws Exception {
        HttpResponse<String> r = server.sparql(PREFIX + "ASK { <https://w3id.org/alukg/id/site/alma> a alu:Smelter }",
                                               "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(new ObjectMapper().readTree(r.body()).get("boolean").asBoolean());
    }

    @Test
    void constructAnswersInTurtle() throws Exception {
        HttpResponse<String> r = server.sparql(PREFIX + "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a alu:Smelter ; rdfs:label ?l }",
                                               "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TTL");
        assertTrue(m.contains(m.createResource("https://w3id.org/alukg/id/site/alouette"), null, (org.apache.jena.rdf.model.RDFNode) null));
    }

    @Test
    void anEndpointProbeAnswers200() throws Exception {
        HttpResponse<Void> head = server.http.send(HttpRequest.newBuilder(URI.create(server.url() + "/cluster/sparql"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        HttpResponse<String> get = server.get("/cluster/sparql", "text/turtle");
        assertEquals(200, get.statusCode());
        Model sd = ModelFactory.createDefaultModel().read(new StringReader(get.body()), null, "TTL");
        assertTrue(sd.contains(null, sd.createProperty(ServiceDescription.SD + "endpoint"),
                               sd.createResource(server.url() + "/cluster/sparql")));
    }

    @Test
    void theUserInterfaceAndServerDescriptionAnswer() throws Exception {
        HttpResponse<String> ui = server.get("/", "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<div id=\"app\""), "the Fuseki UI page");
        HttpResponse<String> srv = server.get("/$/server", "application/json");
        assertEquals(200, srv.statusCode());
        assertEquals("/cluster", new ObjectMapper().readTree(srv.body()).at("/datasets/0/ds.name").asText());
        assertEquals(200, server.get("/$/ping", null).statusCode());
    }

    @Test
    void serviceToAnotherHostIsRefused() throws Exception {
        HttpResponse<String> r = server.sparql("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                                               "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, "status " + r.statusCode() + ": " + r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }
}
