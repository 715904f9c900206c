package org.alukg.ops;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.config.Operations;
import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.store.Store;
import org.alukg.testing.TestServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;

/** What the operations tests do as an administrator of a real server, and how they look at a store. */
final class Admin {
    static final String USER = "admin", PASSWORD = "ops-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    private Admin() {}

    /** Settings of a writable server on a free port whose backups go to {@code backups}, without compacting by itself. */
    static Settings settings(Path backups) {
        return Settings.defaults().withServer(ServerConfig.defaults().withPort(0).withCredentials(USER, PASSWORD))
                       .withOperations(Operations.defaults().withBackupFolder(backups).withAutoCompactMultiple(0));
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** POST with the administrator's credentials, or with none when {@code userPassword} is null. */
    static HttpResponse<String> post(TestServer server, String path, String contentType, byte[] body, String userPassword)
            throws Exception {
        HttpRequest.Builder b = server.request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (userPassword != null)
            b.header("Authorization", basic(userPassword));
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(TestServer server, String path) throws Exception {
        return post(server, path, null, new byte[0], USER + ":" + PASSWORD);
    }

    /** N-Triples of {@code n} statements about {@code urn:alukg-test:NAME/…}, none that any shape targets. */
    static byte[] triples(String name, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++)
            b.append("<urn:alukg-test:").append(name).append("/s").append(i).append("> <urn:alukg-test:p> \"").append(name)
             .append(' ').append(i).append("\" .\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports {@code body} as N-Triples under {@code name} over HTTP, replacing an earlier import of that name. */
    static HttpResponse<String> importTriples(TestServer server, String name, byte[] body) throws Exception {
        return post(server, "/api/imports?name=" + name + "&replace=true", "application/n-triples", body, USER + ":" + PASSWORD);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception { return JSON.readTree(r.body()); }

    /** Every named graph of the store, copied into memory, by name. */
    static Map<String, Graph> graphs(Store store) {
        return store.read(() -> {
            Map<String, Graph> out = new TreeMap<>();
            store.dataset().listGraphNodes().forEachRemaining((Node g) -> {
                Graph copy = GraphFactory.createGraphMem();
                store.dataset().getGraph(g).find().forEachRemaining(copy::add);
                out.put(g.getURI(), copy);
            });
            return out;
        });
    }

    static long quads(Store store) { return store.read(() -> (long) store.dataset().stream().count()); }
}
