package org.alukg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alukg.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The pages of the project's own data, read as a browser reads them (each test class serves its own copy). */
abstract class ProjectPages {

    /** The HTML page at {@code path}, which must answer 200. */
    static Document page(TestServer server, String path) throws Exception {
        var r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }
}
