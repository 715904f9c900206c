package org.alukg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.alukg.config.ServerConfig;
import org.alukg.config.Settings;
import org.alukg.http.Credentials;
import org.alukg.http.ModuleContext;
import org.alukg.store.Locations;
import org.alukg.store.Store;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The query editor offers only what works on this server: no dataset management; no uploads or edits when read-only. */
class UiShellTest {
    private static String get(AlukgServer s, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static AlukgServer start(Store store, ServerConfig config) {
        return AlukgServer.standard(new ModuleContext(store, Settings.defaults().withServer(config),
                                                      new Locations(null, true, Path.of("").toAbsolutePath()),
                                                      Credentials.of(config.user(), config.password()))).start();
    }

    @Test
    void aReadOnlyServerHidesManagementUploadAndEdit() throws Exception {
        try (Store store = Store.inMemory()) {
            AlukgServer s = start(store, ServerConfig.defaults().withPort(0));
            try {
                for (String page : new String[] {"/", "/index.html"})
                    assertEquals("/ui/alukg-ui.css",
                                 Jsoup.parse(get(s, page)).select("link[rel=stylesheet]").last().attr("href"), page);
                String css = get(s, "/ui/alukg-ui.css");
                assertTrue(css.contains("a[href^=\"#/manage\"] { display: none"), css);
                assertTrue(css.contains("a[href$=\"/upload\"], a[href$=\"/edit\"] { display: none"), css);
            } finally {
                s.stop();
            }
        }
    }

    @Test
    void withWritesOnUploadAndEditStay() throws Exception {
        try (Store store = Store.inMemory()) {
            AlukgServer s = start(store, ServerConfig.defaults().withPort(0).withCredentials("admin", "pw"));
            try {
                String css = get(s, "/ui/alukg-ui.css");
                assertTrue(css.contains("#/manage"), css);
                assertFalse(css.contains("/upload"), css);
            } finally {
                s.stop();
            }
        }
    }
}
