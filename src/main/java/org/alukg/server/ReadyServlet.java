package org.alukg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.AlukgModule;
import org.alukg.problem.Problem;
import org.alukg.store.Store;

/**
 * {@code GET /$/ready}: 200 when the store is open and every module has built what it keeps in memory for the
 * current data version; else 503 with {@code Retry-After}, naming what is still being built (asking starts it).
 * {@code /$/ping} stays the liveness probe: it answers as long as the process does.
 */
final class ReadyServlet extends HttpServlet {
    private final transient Store store;
    private final transient List<AlukgModule> modules;

    ReadyServlet(Store store, List<AlukgModule> modules) {
        this.store = store;
        this.modules = List.copyOf(modules);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!store.isOpen())
            throw Problem.unavailable("not ready: the store is closed", 5);
        List<String> building = new ArrayList<>();
        for (AlukgModule m : modules)
            m.notReady().ifPresent(building::add);
        if (!building.isEmpty())
            throw Problem.unavailable("not ready: " + String.join("; ", building), 1);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.getOutputStream().write(("ready: data version " + store.version() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
