package org.alukg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * gzip in transit ({@code Content-Encoding: gzip}) for the linked-data answers, when the client asks and the body is
 * worth it. When the server compresses every answer itself (Jetty's {@code GzipHandler}), this class goes: delete it,
 * its one use in {@link LinkedDataServlet} (the body and the {@code -gzip} suffix of the ETag), and the
 * ready-made gzip bodies ({@link Reply#gzipped()}, {@code Dumps.Built.turtleGz}).
 */
final class GzipCoding {
    /** Smaller bodies are sent as they are. */
    private static final int FROM = 512;

    private GzipCoding() {}

    /** True when the answer is to be gzipped: the client accepts gzip and the body is large or ready gzipped. */
    static boolean wanted(HttpServletRequest req, Reply r) {
        return acceptedBy(req) && (r.gzipped() != null || r.body().length >= FROM);
    }

    /** The gzipped body of the answer. */
    static byte[] body(Reply r) { return r.gzipped() != null ? r.gzipped() : of(r.body()); }

    static byte[] of(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean acceptedBy(HttpServletRequest req) {
        String ae = req.getHeader("Accept-Encoding");
        if (ae == null)
            return false;
        for (String part : ae.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip"))
                return !(p.length > 1 && p[1].replace(" ", "").matches("q=0(\\.0*)?"));
        }
        return false;
    }
}
