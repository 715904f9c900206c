package org.alukg.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.owasp.encoder.Encode;

/**
 * The frame of every page — head with the viewport and the style sheet, the language switch, the footer — and
 * escaping. Every text from the data goes through {@link #esc} or {@link #attr}; no page carries a script, and
 * the Content-Security-Policy of {@link LinkedDataServlet} forbids any.
 */
final class Html {
    static final String STYLESHEET = "/web/alukg.css";

    private Html() {}

    /** Text content. */
    static String esc(String s) { return Encode.forHtml(s); }

    /** A quoted attribute value. */
    static String attr(String s) { return Encode.forHtmlAttribute(s); }

    /** One query-string value. */
    static String param(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** A link to {@code href} (already safe: ours or http(s)), its text escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + attr(href) + "\">" + esc(text) + "</a>";
    }

    /** An alternate representation announced in the head. */
    record Alternate(String type, String href) {}

    /**
     * A whole page.
     *
     * @param view       language and links of this request
     * @param title      the title, plain text
     * @param main       the content, HTML
     * @param alternates RDF versions of the same data
     */
    static String page(PageContext view, String title, String main, List<Alternate> alternates) {
        InterfaceText w = view.words();
        StringBuilder b = new StringBuilder(main.length() + 2048);
        b.append("<!doctype html>\n<html lang=\"").append(w.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .append("<title>").append(esc(title)).append(" — alukg</title>\n")
         .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n");
        for (Alternate a : alternates)
            b.append("<link rel=\"alternate\" type=\"").append(attr(a.type())).append("\" href=\"").append(attr(a.href())).append("\">\n");
        b.append("</head>\n<body>\n<header class=\"top\"><a class=\"brand\" href=\"/\">alukg</a>")
         .append("<nav class=\"lang\" aria-label=\"").append(attr(w.text("nav.language"))).append("\">");
        for (String other : List.of("en", "fr")) {
            String name = other.equals("en") ? "English" : "Français";
            if (other.equals(w.lang()))
                b.append("<strong lang=\"").append(other).append("\">").append(name).append("</strong> ");
            else
                b.append("<a id=\"switch-").append(other).append("\" lang=\"").append(other).append("\" hreflang=\"").append(other)
                 .append("\" href=\"").append(attr(view.switchTo(other))).append("\">").append(name).append("</a> ");
        }
        b.append("</nav></header>\n<main>\n").append(main).append("\n</main>\n<footer>")
         .append(link(view.local("/ontology"), w.text("footer.ontology"))).append(" · ")
         .append(link(view.local("/void"), w.text("footer.void"))).append(" · ")
         .append(link("/dumps/", w.text("footer.dumps"))).append(" · ")
         .append(link("/#/dataset/cluster/query", w.text("footer.sparql")))
         .append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }
}
