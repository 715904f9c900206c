package org.alukg.linkeddata;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How one request sees the pages: its language (asked with {@code ?lang=}, else by {@code Accept-Language}, else
 * English), the public base of our IRIs, and the path of the page for the language switch.
 */
record PageContext(InterfaceText words, boolean chosen, String base, String path) {

    static PageContext of(HttpServletRequest req, String base) {
        String asked = req.getParameter("lang");
        if ("fr".equals(asked) || "en".equals(asked))
            return new PageContext(InterfaceText.of(asked.equals("fr") ? InterfaceText.FRENCH : InterfaceText.ENGLISH), true, base, req.getRequestURI());
        Locale locale = InterfaceText.ENGLISH;
        String header = req.getHeader("Accept-Language");
        if (header != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), List.of(InterfaceText.ENGLISH, InterfaceText.FRENCH));
                if (best != null)
                    locale = best;
            } catch (IllegalArgumentException e) {
                locale = InterfaceText.ENGLISH; // a malformed header: fall back rather than refuse a page
            }
        }
        return new PageContext(InterfaceText.of(locale), false, base, req.getRequestURI());
    }

    /** This page in the other language. */
    String switchTo(String lang) { return path + "?lang=" + lang; }

    /** A path of this server, keeping the chosen language. */
    String local(String p) {
        if (!chosen)
            return p;
        int hash = p.indexOf('#');
        String before = hash < 0 ? p : p.substring(0, hash);
        String after = hash < 0 ? "" : p.substring(hash);
        return before + (before.contains("?") ? "&" : "?") + "lang=" + words.lang() + after;
    }

    /**
     * Where a link to {@code iri} goes: an IRI under our base to this server (any host), another http(s) IRI as is,
     * anything else nowhere (null) — no {@code javascript:} or {@code data:} link can come from the data.
     */
    String href(String iri) {
        if (iri.startsWith(base))
            return local("/" + iri.substring(base.length()));
        if (iri.startsWith(org.alukg.vocab.Alu.NS))
            return local("/ontology#" + iri.substring(org.alukg.vocab.Alu.NS.length()));
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return iri;
        return null;
    }
}
