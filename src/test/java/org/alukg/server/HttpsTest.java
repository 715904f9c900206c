package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.store.Store;
import org.alukg.testing.ContentTree;
import org.alukg.testing.Curated;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hole 5: credentials travelled over plain HTTP with no TLS option. With a keystore ({@code --https}) the server
 * speaks HTTPS only, on its one port: reads and authenticated writes work over TLS, plain HTTP gets nothing.
 */
class HttpsTest {
    @RegisterExtension static final Curated curated = Curated.project();
    private static final String PASSWORD = "changeit";

    /** A self-signed PKCS#12 keystore for 127.0.0.1, made by the JDK's keytool. */
    static Path keystore(Path dir) throws Exception {
        Path ks = dir.resolve("alukg.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "alukg", "-keyalg", "RSA",
                                       "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                                       "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                                       "-keystore", ks.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return ks;
    }

    /** A client that trusts only the keystore's certificate. */
    static HttpClient trusting(Path ks) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void withAKeystoreTheServerSpeaksHttpsOnlyAndWritesWorkOverIt(@TempDir Path dir) throws Exception {
        Path ks = keystore(dir);
        Settings settings = Settings.defaults()
            .withServer(ServerConfig.defaults().withPort(0).withCredentials("admin", "s3cret"))
            .withGuards(Settings.defaults().guards().withKeystore(ks, PASSWORD));
        Store store = curated.copy();
        AlukgServer server = AlukgServer.standard(new ModuleContext(store, settings, ContentTree.PROJECT.locations(),
                                                                    Credentials.of("admin", "s3cret"))).start();
        try {
            assertTrue(server.baseUrl().startsWith("https://127.0.0.1:"), server.baseUrl());
            HttpClient https = trusting(ks);
            HttpResponse<String> ping = https.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/$/ping")).build(),
                                                   HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/doc/site/alma.ttl")).build(),
                                                   HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Alma"), page.body());

            String update = "INSERT DATA { GRAPH <urn:x:tls> { <urn:x:a> <urn:x:b> \"over TLS\" } }";
            HttpRequest.Builder write = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cluster/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
            HttpResponse<String> anonymous = https.send(write.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), anonymous.body());
            HttpResponse<String> admin = https.send(write.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(admin.statusCode() == 200 || admin.statusCode() == 204, admin.statusCode() + " " + admin.body());
            assertTrue(store.read(() -> store.dataset().getGraph(NodeFactory.createURI("urn:x:tls")).size() == 1),
                       "the write over TLS is in the store");

            String plain = server.baseUrl().replace("https://", "http://") + "/$/ping";
            try {
                HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(plain)).timeout(Duration.ofSeconds(10)).build(),
                          HttpResponse.BodyHandlers.ofString());
                assertFalse(r.statusCode() == 200, "plain HTTP is not served: " + r.statusCode());
            } catch (IOException refused) {
                // the TLS port does not speak plain HTTP
            }
        } finally {
            server.stop();
            store.close();
        }
    }
}
