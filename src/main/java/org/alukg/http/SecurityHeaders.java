package org.alukg.http;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every answer of ours carries, and the Content-Security-Policy of pages (first-party scripts only). */
public final class SecurityHeaders {
    /**
     * Scripts and styles from this server only (the search box's suggestions, which ask this server's search API, and
     * the interactive map with the Leaflet it runs on), no inline script, no framing, forms only to this server;
     * images from this server, and the OpenStreetMap tiles of the interactive map, which it loads only when the
     * browser is online.
     */
    public static final String PAGE_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
                                          + "img-src 'self' https://tile.openstreetmap.org; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** {@code nosniff}, a referrer policy and no framing, unless already set. */
    public static void addTo(HttpServletResponse res) {
        setIfAbsent(res, "X-Content-Type-Options", "nosniff");
        setIfAbsent(res, "Referrer-Policy", "strict-origin-when-cross-origin");
        setIfAbsent(res, "X-Frame-Options", "DENY");
    }

    private static void setIfAbsent(HttpServletResponse res, String name, String value) {
        if (!res.containsHeader(name))
            res.setHeader(name, value);
    }
}
