package org.alukg.linkeddata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alukg.http.Templates;

/**
 * What a linked-data action answers, before the HTTP manners of {@link LinkedDataServlet} are applied: a status,
 * a body with its media type, extra headers, and when known the time the data last changed. A body may come
 * already gzipped ({@code gzipped}), for large files made once.
 */
record Reply(int status, String contentType, byte[] body, byte[] gzipped, Instant lastModified, Map<String, String> headers) {

    static Reply ok(String contentType, byte[] body) {
        return new Reply(200, contentType, body, null, null, new LinkedHashMap<>());
    }

    /** A page for people in language {@code lang}: the template {@code template} written with its model. */
    static Reply page(String template, Object model, String lang) {
        return ok("text/html;charset=utf-8", Templates.render(template, model).getBytes(StandardCharsets.UTF_8))
            .withHeader("Content-Language", lang);
    }

    static Reply seeOther(String location) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", location);
        return new Reply(303, "text/plain;charset=utf-8",
                         ("See " + location + "\n").getBytes(StandardCharsets.UTF_8), null, null, h);
    }

    Reply withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Reply withLastModified(Instant when) {
        return new Reply(status, contentType, body, gzipped, when, headers);
    }

    Reply withGzipped(byte[] gz) {
        return new Reply(status, contentType, body, gz, lastModified, headers);
    }
}
