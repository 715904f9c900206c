package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alukg.server.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pages of the project's own data, served once per test class and read as a browser reads them. */
abstract class ProjectPages {
    static TestServer server;

    @BeforeAll
    static void start() { server = TestServer.start(); }

    @AfterAll
    static void stop() { server.close(); }

    /** The HTML page at {@code path}, which must answer 200. */
    static Document page(String path) throws Exception {
        var r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }
}
