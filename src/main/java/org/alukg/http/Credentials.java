package org.alukg.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one user allowed to write, checked with HTTP Basic authentication. None configured: no writes at all. Failed
 * logins are logged with the client address and the user name given, and throttled ({@link LoginThrottle}).
 */
public final class Credentials {
    private static final Logger LOG = LoggerFactory.getLogger("alukg.login");
    private final byte[] expected;
    private final String user;
    private final LoginThrottle throttle;

    private Credentials(String user, String password, LoginThrottle throttle) {
        this.user = user;
        this.expected = user == null ? null : (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        this.throttle = throttle;
    }

    public static Credentials of(String user, String password) {
        return new Credentials(user, password, new LoginThrottle(Clock.systemUTC()));
    }

    public boolean configured() { return expected != null; }

    /** True when the request carries the configured user and password (a refused or throttled try is false). */
    public boolean accepts(HttpServletRequest request) {
        try {
            check(request);
            return true;
        } catch (Problem p) {
            return false;
        }
    }

    /**
     * Lets the request pass when it carries the configured user and password; otherwise throws the problem to answer
     * with: writes off (403), credentials missing or wrong (401), too many failed logins (429 with Retry-After).
     */
    public void check(HttpServletRequest request) {
        if (expected == null)
            throw new Problem(Kind.FORBIDDEN, "writes are off: this server was started without --user (read-only)");
        String header = request.getHeader("Authorization");
        String address = request.getRemoteAddr();
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))
            throw new Problem(Kind.UNAUTHORIZED, "credentials required: HTTP Basic, the user given with --user");
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        String givenUser = userOf(given);
        long wait = throttle.waitSeconds(address, givenUser);
        if (wait > 0) {
            LOG.warn("login throttled: address {} user {} ({} s to wait) [{}]", address, givenUser, wait,
                     RequestPipeline.requestId(request));
            AuditLog.record(request, "login", null, null, null, "throttled");
            throw new Problem(Kind.TOO_MANY_REQUESTS, "too many failed logins: wait " + wait + " s").retryAfter((int) wait);
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throttle.failed(address, givenUser);
            LOG.warn("login refused: address {} user {} [{}]", address, givenUser, RequestPipeline.requestId(request));
            AuditLog.record(request, "login", null, null, null, "refused");
            throw new Problem(Kind.UNAUTHORIZED, "credentials refused: wrong user or password");
        }
        throttle.succeeded(address, givenUser);
        RequestPipeline.authenticated(request, user);
    }

    /** The user a request's Basic credentials name, right or wrong; null when it sends none. */
    static String userTried(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))
            return null;
        try {
            return userOf(Base64.getDecoder().decode(header.substring(6).trim()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String userOf(byte[] basic) {
        String s = new String(basic, StandardCharsets.UTF_8);
        int colon = s.indexOf(':');
        String u = colon < 0 ? s : s.substring(0, colon);
        return u.isEmpty() ? null : u.length() > 64 ? u.substring(0, 64) : u.replaceAll("[^\\p{Graph}]", "?");
    }
}
