package org.alukg.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Real clients probe an endpoint before they query it: {@code HEAD} and a {@code GET} without a query. Stock
 * Fuseki answers 405 and 404; we answer 200, with a SPARQL 1.1 Service Description for the GET.
 */
final class ProbeFilter extends HttpFilter {
    private static final AcceptList OFFER = AcceptList.create(
        WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples,
        WebContent.contentTypeRDFXML, "text/html", "text/plain");

    private final ServiceDescription description;

    ProbeFilter(ServiceDescription description) { this.description = description; }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        boolean probe = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                        && req.getParameter("query") == null && req.getQueryString() == null;
        if (!probe) {
            chain.doFilter(req, res);
            return;
        }
        String accept = req.getHeader("Accept");
        MediaType chosen = accept == null ? null : AcceptList.match(new AcceptList(accept), OFFER);
        String type = chosen == null ? WebContent.contentTypeTurtle : chosen.getContentTypeStr();
        res.setStatus(200);
        res.setHeader("Vary", "Accept");
        if ("text/html".equals(type) || "text/plain".equals(type)) {
            res.setContentType(type + ";charset=utf-8");
            if ("GET".equals(req.getMethod()))
                res.getWriter().write("text/html".equals(type)
                    ? "<!doctype html><title>alukg SPARQL endpoint</title><p>This is a SPARQL 1.1 endpoint. "
                      + "Send a query with <code>?query=</code>, or use the <a href=\"/\">query editor</a>.</p>"
                    : "This is a SPARQL 1.1 endpoint. Send a query with ?query=\n");
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        res.setContentType(lang.getHeaderString() + (lang.getHeaderString().startsWith("text/") ? ";charset=utf-8" : ""));
        if ("GET".equals(req.getMethod())) {
            String endpoint = req.getRequestURL().toString();
            OutputStream out = res.getOutputStream();
            RDFDataMgr.write(out, description.describe(endpoint), lang);
        }
    }
}
