package org.alukg.server;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/openapi.json}: the OpenAPI 3.1 document of the server's APIs. */
final class OpenApiServlet extends HttpServlet {
    private final transient Supplier<OpenApiDocument> document;

    OpenApiServlet(Supplier<OpenApiDocument> document) { this.document = document; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("application/json;charset=utf-8");
        OpenApiDocument.JSON.writerWithDefaultPrettyPrinter().writeValue(res.getOutputStream(), document.get().json());
    }
}
