package org.alukg.server;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;

/**
 * Caps the work that runs at once, and sheds what is over the cap at once: a request that finds no free place gets
 * 503 with {@code Retry-After} without waiting. Queries and APIs share one cap; pages and files have a cap of their
 * own, so a flood of heavy queries cannot starve them; {@code /$/ping} and the other server-control paths are never
 * capped. The server's worker pool is sized above both caps, so the excess is refused, not queued.
 */
final class LoadShedding extends HttpFilter {
    private final Semaphore queries, pages;
    private final int maxQueries, maxPages;

    LoadShedding(int maxQueries, int maxPages) {
        this.maxQueries = maxQueries;
        this.maxPages = maxPages;
        this.queries = new Semaphore(maxQueries);
        this.pages = new Semaphore(maxPages);
    }

    /** Worker threads the server needs so that capped work never waits for a thread. */
    static int workerThreads(int maxQueries, int maxPages) { return maxQueries + maxPages + 24; }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI();
        if (path.startsWith(Routes.ADMIN)) {
            chain.doFilter(req, res);
            return;
        }
        boolean heavy = Routes.isDataset(path) || Routes.isApi(path);
        Semaphore permits = heavy ? queries : pages;
        if (!permits.tryAcquire()) {
            org.alukg.http.Metrics.shed(req, heavy ? "queries" : "pages");
            throw Problem.unavailable(heavy ? "too many queries at once: " + maxQueries + " are running"
                                            : "too many page requests at once: " + maxPages + " are being answered", 2);
        }
        try {
            chain.doFilter(req, res);
        } finally {
            permits.release();
        }
    }
}
