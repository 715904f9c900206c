package org.alukg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every problem answer of the API carries, checked once for the tests of every feature. */
public final class ProblemDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemDocuments() {}

    /**
     * The problem document {@code r} answers with, after checking its status, its media type, its {@code type} (our
     * problem IRI ending in {@code kind}), {@code title} and {@code status}, that {@code instance} is the path asked
     * for and that {@code requestId} is the {@code X-Request-Id} header.
     */
    public static JsonNode problem(HttpResponse<String> r, int status, String kind, String title) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                   r.headers().toString());
        JsonNode p = JSON.readTree(r.body());
        assertEquals("https://w3id.org/alukg/problem/" + kind, p.path("type").asText(), r.body());
        assertEquals(title, p.path("title").asText(), r.body());
        assertEquals(status, p.path("status").asInt(), r.body());
        assertEquals(r.uri().getPath(), p.path("instance").asText(), r.body());
        assertEquals(r.headers().firstValue("X-Request-Id").orElseThrow(), p.path("requestId").asText(), r.body());
        return p;
    }
}
