package org.alukg.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;

/** {@code /web/alukg.css}: the one style sheet of the pages, from the classpath. */
final class AssetServlet extends LinkedDataServlet {
    private static final String NAME = "alukg.css";

    AssetServlet(String base) { super(base); }

    @Override
    Reply answer(HttpServletRequest req) {
        if (!Routes.STYLESHEET.equals(req.getRequestURI()))
            throw Problem.notFound("no such file: " + req.getRequestURI());
        try (InputStream in = AssetServlet.class.getResourceAsStream(NAME)) {
            return Reply.ok("text/css;charset=utf-8", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
