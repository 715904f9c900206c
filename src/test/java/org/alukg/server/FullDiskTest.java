package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk is the machine's trouble, not a bug of ours and not the caller's: writes get 507 with a clear message,
 * the store stays as it was, reads go on. The store lives on a small tmpfs mounted for the test (tests run as root,
 * as CI does).
 */
class FullDiskTest {
    @TempDir Path dir;

    @Test
    void aFullDiskRefusesWritesWith507AndReadsGoOn() throws Exception {
        Path mount = dir.resolve("disk");
        Files.createDirectories(mount);
        run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString());
        try {
            try (Store store = Store.tdb2(mount.resolve("db"))) {
                store.write(() -> store.dataset().add(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:g"), org.apache.jena.graph.NodeFactory.createURI("urn:x:s"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:x:p"), org.apache.jena.graph.NodeFactory.createLiteralString("kept"))));
                fill(mount.resolve("ballast"), store);
                ServerConfig c = ServerConfig.defaults().withPort(0).withCredentials("admin", "pw");
                AlukgServer s = AlukgServer.standard(new ModuleContext(store, Settings.defaults().withServer(c),
                                                                       org.alukg.testing.ContentTree.PROJECT.locations(), Credentials.of("admin", "pw"))).start();
                try {
                    HttpClient http = HttpClient.newHttpClient();
                    HttpResponse<String> w = http.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/cluster/update"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"new\" } }")).build(),
                        HttpResponse.BodyHandlers.ofString());
                    assertEquals(507, w.statusCode(), w.body());
                    assertTrue(w.body().startsWith("the store's disk is full: "), w.body());
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.baseUrl()
                        + "/cluster/sparql?query=SELECT%20%3Fo%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%7D"))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode());
                    assertEquals("o\r\nkept\r\n", r.body(), "the store is as it was, and reads go on");
                } finally {
                    s.stop();
                }
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    /** Fills the disk until less than the room a write needs is left. */
    private static void fill(Path file, Store store) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (store.freeBytes() >= Store.MIN_FREE_BYTES)
                out.write(block);
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
    }
}
