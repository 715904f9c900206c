package org.alukg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.SecurityHeaders;
import org.alukg.http.Templates;

/**
 * {@code GET /api/}: the OpenAPI document as a page for people, rendered on the server ({@link ApiPage},
 * {@code api.jte}) — every path and operation with its parameters, and for each operation read with GET a form
 * that runs it. No script.
 */
final class ApiPageServlet extends HttpServlet {
    private final transient Supplier<OpenApiDocument> document;

    ApiPageServlet(Supplier<OpenApiDocument> document) { this.document = document; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        byte[] page = Templates.render("org/alukg/server/api.jte", ApiPage.of(document.get().json()))
                               .getBytes(StandardCharsets.UTF_8);
        res.setContentType("text/html;charset=utf-8");
        res.setHeader("Content-Security-Policy", SecurityHeaders.PAGE_CSP);
        SecurityHeaders.addTo(res);
        res.setContentLength(page.length);
        res.getOutputStream().write(page);
    }
}
