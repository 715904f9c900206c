package org.alukg.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP manners of every linked-data endpoint, in one place: an action returns a {@link Reply} or throws a
 * {@link WebException}; this class turns either into a response — strong {@code ETag} and {@code If-None-Match}
 * (304), {@code Last-Modified} and {@code If-Modified-Since}, gzip when asked, {@code Vary}, a
 * Content-Security-Policy that allows no script, CORS headers exposed to scripts of other origins — and logs our
 * own faults as 500. {@code HEAD} is {@code GET} without the body (the servlet default).
 */
abstract class LinkedDataServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
                              + "form-action 'none'; frame-ancestors 'none'";
    private static final int GZIP_FROM = 512;
    private static final AcceptList ERROR_OFFER = AcceptList.create("text/plain", "text/html");

    protected final String base;

    LinkedDataServlet(String base) { this.base = base; }

    /** The answer to a GET of this request. */
    abstract Reply answer(HttpServletRequest req);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Reply reply;
        try {
            reply = answer(req);
        } catch (WebException e) {
            reply = error(req, e.status(), e.getMessage(), e.suggestions());
        } catch (RuntimeException e) {
            LOG.error("linked data failed: {}", req.getRequestURI(), e);
            reply = error(req, 500, "server error: " + e.getClass().getSimpleName(), List.of());
        }
        send(req, res, reply);
    }

    /** The error as a page (for browsers) or one line of text. */
    private Reply error(HttpServletRequest req, int status, String message, List<Suggestions.Suggestion> suggestions) {
        String accept = req.getHeader("Accept");
        MediaType m = accept == null ? null : AcceptList.match(new AcceptList(accept), ERROR_OFFER);
        boolean html = m != null && m.getContentTypeStr().equals("text/html");
        byte[] body;
        if (html) {
            PageContext view = PageContext.of(req, base);
            body = ErrorPage.html(view, status, message, suggestions).getBytes(StandardCharsets.UTF_8);
        } else {
            StringBuilder t = new StringBuilder(message).append('\n');
            for (Suggestions.Suggestion s : suggestions)
                t.append("did you mean: ").append(s.path()).append("  (").append(s.label()).append(")\n");
            body = t.toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Reply(status, html ? "text/html;charset=utf-8" : "text/plain;charset=utf-8", body, null, null,
                         new java.util.LinkedHashMap<>());
    }

    static void send(HttpServletRequest req, HttpServletResponse res, Reply r) throws IOException {
        res.setHeader("Vary", "Accept, Accept-Language, Accept-Encoding");
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (res.containsHeader("Access-Control-Allow-Origin"))
            res.setHeader("Access-Control-Expose-Headers",
                          "Cache-Control, Content-Language, Content-Length, Content-Type, Content-Location, ETag, "
                          + "Expires, Last-Modified, Link, Location, Pragma, Vary");
        r.headers().forEach(res::setHeader);
        res.setStatus(r.status());
        res.setContentType(r.contentType());

        boolean gzip = r.status() == 200 && acceptsGzip(req) && (r.gzipped() != null || r.body().length >= GZIP_FROM);
        if (r.status() == 200) {
            String etag = "\"" + digest(r.body()) + (gzip ? "-gzip" : "") + "\"";
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
            body = r.gzipped() != null ? r.gzipped() : gzip(body);
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

    private static boolean acceptsGzip(HttpServletRequest req) {
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

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
