package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages of the project's own data, served once per test class and read as a browser reads them. */
abstract class ProjectPages {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    /** The HTML page at {@code path}, which must answer 200. */
    static Document page(String path) throws Exception {
        var r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }
}
