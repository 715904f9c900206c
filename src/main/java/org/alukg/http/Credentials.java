package org.alukg.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The one user allowed to write, checked with HTTP Basic authentication. None configured: no writes at all. */
public final class Credentials {
    private final byte[] expected;
    private final String user;

    private Credentials(String user, String password) {
        this.user = user;
        this.expected = user == null ? null : (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    }

    public static Credentials of(String user, String password) { return new Credentials(user, password); }

    public boolean configured() { return expected != null; }

    /** True when the request carries the configured user and password. */
    public boolean accepts(HttpServletRequest request) {
        if (expected == null)
            return false;
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))
            return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        boolean ok = MessageDigest.isEqual(expected, given);
        if (ok)
            RequestPipeline.authenticated(request, user);
        return ok;
    }

    /** Answers 401 with a challenge; the message says when writes are off altogether. */
    public void refuse(HttpServletResponse response) throws java.io.IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"alukg\", charset=\"UTF-8\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, expected == null
            ? "writes are off: this server was started without credentials (--user, ALUKG_PASSWORD)"
            : "credentials required");
    }
}
