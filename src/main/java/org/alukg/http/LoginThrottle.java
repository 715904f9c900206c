package org.alukg.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@link #FREE_FAILURES} failed logins from one client address, or for one user
 * name, every further attempt from it waits out a back-off that doubles with each failure (1 s, 2 s, 4 s … at most
 * {@link #MAX_BACKOFF}); an attempt during the back-off is refused with 429 and {@code Retry-After}, whatever the
 * password. A success clears the address and the user; failures are forgotten after {@link #FORGET_AFTER} of quiet.
 */
public final class LoginThrottle {
    public static final int FREE_FAILURES = 5;
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(5), FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    private final ConcurrentMap<String, Failures> byKey = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) { this.clock = clock; }

    /** Seconds to wait before {@code address} or {@code user} may try again; 0 when it may try now. */
    public long waitSeconds(String address, String user) {
        Instant now = clock.instant();
        return Math.max(wait(now, "addr:" + address), user == null ? 0 : wait(now, "user:" + user));
    }

    /** Counts a failed login of {@code user} (may be null) from {@code address}. */
    public void failed(String address, String user) {
        Instant now = clock.instant();
        fail(now, "addr:" + address);
        if (user != null)
            fail(now, "user:" + user);
    }

    /** A successful login: the address and the user start afresh. */
    public void succeeded(String address, String user) {
        byKey.remove("addr:" + address);
        if (user != null)
            byKey.remove("user:" + user);
    }

    private long wait(Instant now, String key) {
        Failures f = byKey.get(key);
        if (f == null || f.blockedUntil == null || !now.isBefore(f.blockedUntil))
            return 0;
        return Math.max(1, Duration.between(now, f.blockedUntil).toSeconds() + 1);
    }

    private void fail(Instant now, String key) {
        byKey.compute(key, (k, f) -> {
            int count = f == null || Duration.between(f.last, now).compareTo(FORGET_AFTER) > 0 ? 1 : f.count + 1;
            Instant until = null;
            if (count >= FREE_FAILURES) {
                long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(20, count - FREE_FAILURES));
                until = now.plusSeconds(seconds);
            }
            return new Failures(count, now, until);
        });
        if (byKey.size() > 100_000)
            byKey.entrySet().removeIf(e -> Duration.between(e.getValue().last, now).compareTo(FORGET_AFTER) > 0);
    }
}
