package org.alukg.linkeddata;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.SecurityHeaders;
import org.alukg.problem.Problem;
import org.alukg.store.Sha256;

/**
 * The HTTP manners of every linked-data endpoint, in one place: an action returns a {@link Reply} — or throws a
 * {@link Problem}, which the request pipeline answers — and this class writes it: strong {@code ETag} and
 * {@code If-None-Match} (304), {@code Last-Modified} and {@code If-Modified-Since}, gzip when asked
 * ({@link GzipCoding}), {@code Vary}, a Content-Security-Policy that allows no script, CORS headers exposed to
 * scripts of other origins. {@code HEAD} is {@code GET} without the body (the servlet default).
 */
abstract class LinkedDataServlet extends HttpServlet {
    private static final String EXPOSED = "Cache-Control, Content-Language, Content-Length, Content-Type, "
                                          + "Content-Location, ETag, Expires, Last-Modified, Link, Location, Pragma, Vary";

    protected final String base;

    LinkedDataServlet(String base) { this.base = base; }

    /** The answer to a GET of this request. */
    abstract Reply answer(HttpServletRequest req);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        send(req, res, answer(req));
    }

    private static void send(HttpServletRequest req, HttpServletResponse res, Reply r) throws IOException {
        res.setHeader("Vary", "Accept, Accept-Language, Accept-Encoding");
        res.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_CSP);
        SecurityHeaders.addTo(res);
        if (res.containsHeader("Access-Control-Allow-Origin"))
            res.setHeader("Access-Control-Expose-Headers", EXPOSED);
        r.headers().forEach(res::setHeader);
        res.setStatus(r.status());
        res.setContentType(r.contentType());

        boolean gzip = r.status() == 200 && GzipCoding.wanted(req, r);
        if (r.status() == 200) {
            String etag = "\"" + Sha256.hex(r.body()).substring(0, 32) + (gzip ? "-gzip" : "") + "\"";
            res.setHeader("ETag", etag);
            if (r.lastModified() != null)
                res.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    r.lastModified().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
            if (notModified(req, etag, r.lastModified())) {
                res.setStatus(304);
                res.setContentLength(0);
                return;
            }
            res.setHeader("Cache-Control", "public, max-age=60");
        }
        byte[] body = r.body();
        if (gzip) {
            body = GzipCoding.body(r);
            res.setHeader("Content-Encoding", "gzip");
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/"))
                    t = t.substring(2);
                if (t.equals("*") || t.equals(etag))
                    return true;
            }
            return false;
        }
        String ims = req.getHeader("If-Modified-Since");
        if (ims != null && lastModified != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims, Instant::from);
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }
}
