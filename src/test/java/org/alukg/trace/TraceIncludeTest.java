package org.alukg.trace;

import static org.alukg.ProblemDocuments.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.testing.Cli;
import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Funding and ownership are not supply: a trace follows supply links only, and funding (funder to recipient) or
 * ownership (owner to what it owns) only when asked with {@code include}, on the API and the CLI alike.
 */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class TraceIncludeTest {
    static final String ID = "https://w3id.org/alukg/id/";
    @RegisterExtension static final Curated curated = Curated.project();
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    static JsonNode trace(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/trace?" + query, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static Set<String> kinds(JsonNode trace) {
        Set<String> k = new TreeSet<>();
        trace.get("edges").forEach(e -> k.add(e.get("kind").asText()));
        return k;
    }

    static List<String> tier(JsonNode trace, int tier) {
        List<String> ids = new ArrayList<>();
        JsonNode t = trace.get("tiers").get(Integer.toString(tier));
        if (t != null)
            t.forEach(v -> ids.add(v.asText()));
        return ids;
    }

    static JsonNode edge(JsonNode trace, String kind, String from, String to) {
        for (JsonNode e : trace.get("edges"))
            if (e.get("kind").asText().equals(kind) && e.get("from").asText().equals(ID + from)
                && e.get("to").asText().equals(ID + to))
                return e;
        throw new AssertionError("no " + kind + " edge " + from + " -> " + to + " in " + trace.get("edges"));
    }

    @Test
    void aTraceFollowsSupplyOnlyUnlessAsked() throws Exception {
        JsonNode plain = trace("from=org/investissement-quebec&direction=downstream&depth=2");
        assertEquals(List.of(ID + "org/investissement-quebec"), tier(plain, 0));
        assertTrue(tier(plain, 1).isEmpty(), "a funder supplies nothing: " + plain.get("tiers"));
        assertTrue(plain.get("edges").isEmpty(), plain.get("edges").toString());
        assertFalse(plain.get("query").has("include"));

        JsonNode alouette = trace("from=site/alouette&direction=both&depth=3");
        assertEquals(Set.of("operates", "supplies"), kinds(alouette), "only supply and operator links by default");
    }

    @Test
    void fundingIsFollowedWhenIncludedFromTheFunderToTheRecipient() throws Exception {
        JsonNode t = trace("from=org/investissement-quebec&direction=downstream&depth=1&include=funding");
        assertTrue(tier(t, 1).contains(ID + "org/paber-aluminium"), t.get("tiers").toString());
        JsonNode loan = edge(t, "funds", "org/investissement-quebec", "org/paber-aluminium");
        assertTrue(loan.get("relationship").asText().startsWith(ID + "funding/"), loan.toString());
        assertFalse(loan.get("sources").isEmpty(), "a funding link carries its source: " + loan);
        assertEquals("[\"funding\"]", t.get("query").get("include").toString());
        assertEquals(Set.of("funds"), kinds(t), "ownership is not followed when only funding is asked for");

        JsonNode up = trace("from=org/paber-aluminium&direction=upstream&depth=1&include=funding");
        assertTrue(tier(up, -1).contains(ID + "org/investissement-quebec"), up.get("tiers").toString());
    }

    @Test
    void ownershipIsFollowedWhenIncludedFromTheOwnerToWhatItOwns() throws Exception {
        JsonNode t = trace("from=org/investissement-quebec&direction=downstream&depth=2&include=ownership");
        assertTrue(tier(t, 1).contains(ID + "site/alouette"), t.get("tiers").toString());
        edge(t, "owns", "org/investissement-quebec", "site/alouette");
        assertTrue(kinds(t).contains("supplies"), "the supply links of what is owned are followed from it");

        JsonNode both = trace("from=site/alouette&direction=upstream&depth=1&include=funding,ownership");
        for (String owner : List.of("org/rio-tinto", "org/amag", "org/hydro-aluminium", "org/marubeni",
                                    "org/investissement-quebec"))
            edge(both, "owns", owner, "site/alouette");
        JsonNode repeated = trace("from=site/alouette&direction=upstream&depth=1&include=ownership&include=funding");
        assertEquals(both.get("edges"), repeated.get("edges"), "a comma list and a repeated parameter are the same");
        assertEquals("[\"funding\",\"ownership\"]", repeated.get("query").get("include").toString());
    }

    @Test
    void pathsGoOverIncludedLinksOnlyWhenAsked() throws Exception {
        HttpResponse<String> none = server.get("/api/paths?from=org/investissement-quebec&to=site/alouette", null);
        assertEquals(200, none.statusCode(), none.body());
        assertTrue(JSON.readTree(none.body()).get("paths").isEmpty(), none.body());
        HttpResponse<String> owned =
            server.get("/api/paths?from=org/investissement-quebec&to=site/alouette&include=ownership", null);
        assertEquals(200, owned.statusCode(), owned.body());
        JsonNode shortest = JSON.readTree(owned.body()).get("paths").get(0);
        assertEquals(1, shortest.get("length").asInt(), owned.body());
        assertEquals("owns", shortest.get("hops").get(0).get("kind").asText(), owned.body());
    }

    @Test
    void anUnknownKindIsAProblemNamingTheParameterAndTheStoreAnswersAsBefore() throws Exception {
        for (String q : List.of("include=money", "include=funding,money", "include=funding&include=money",
                                "include=funding,", "include=FUNDS"))
            for (String path : List.of("/api/trace?from=site/alouette&", "/api/paths?from=site/alouette&to=org/fjordal&")) {
                JsonNode p = problem(server.get(path + q, null), 400, "bad-request", "Bad request");
                assertEquals("include", p.path("field").asText());
                assertTrue(p.path("detail").asText().startsWith("include must be funding or ownership: "),
                           p.path("detail").asText());
            }
        assertEquals(Set.of("operates", "supplies"), kinds(trace("from=site/alouette&direction=both&depth=3")));
    }

    @Test
    void theCliTakesTheSameKinds() throws Exception {
        Cli.Run plain = Cli.run("trace", "--mem", "org/investissement-quebec", "--format", "json");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(JSON.readTree(plain.out()).get("edges").isEmpty(), plain.out());

        Cli.Run funded = Cli.run("trace", "--mem", "org/investissement-quebec", "--depth", "1", "--include", "funding",
                                 "--format", "json");
        assertEquals(0, funded.code(), funded.err());
        assertEquals(trace("from=org/investissement-quebec&depth=1&include=funding").get("tiers"),
                     JSON.readTree(funded.out()).get("tiers"));

        Cli.Run bad = Cli.run("trace", "--mem", "site/alouette", "--include", "money");
        assertEquals(1, bad.code());
        assertEquals("alukg: --include must be funding or ownership: money", bad.err().strip());
    }
}
