package org.alukg.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;

/**
 * {@code /web/…}: the files of the pages, from the classpath: the one style sheet, and the one script (the search
 * box's suggestions).
 */
final class AssetServlet extends LinkedDataServlet {
    private record Asset(String resource, String contentType) {}

    private static final Map<String, Asset> ASSETS = Map.of(
        Routes.STYLESHEET, new Asset("alukg.css", "text/css;charset=utf-8"),
        Routes.SEARCH_SCRIPT, new Asset("search.js", "text/javascript;charset=utf-8"));

    AssetServlet(String base) { super(base); }

    @Override
    Reply answer(HttpServletRequest req) {
        Asset asset = ASSETS.get(req.getRequestURI());
        if (asset == null)
            throw Problem.notFound("no such file: " + req.getRequestURI());
        try (InputStream in = AssetServlet.class.getResourceAsStream(asset.resource())) {
            return Reply.ok(asset.contentType(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
