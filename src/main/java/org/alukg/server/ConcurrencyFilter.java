package org.alukg.server;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Caps the queries that run at once; past the cap a request waits briefly, then gets 503 with Retry-After. */
final class ConcurrencyFilter extends HttpFilter {
    private final Semaphore permits;
    private final int max;

    ConcurrencyFilter(int max) {
        this.max = max;
        this.permits = new Semaphore(max, true);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            res.setHeader("Retry-After", "5");
            res.sendError(503, "too many queries at once: " + max + " are running");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            permits.release();
        }
    }
}
