package org.alukg.linkeddata;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.vocab.Alu;
import org.alukg.vocab.ShortForm;

/**
 * How one request sees the pages: its language (asked with {@code ?lang=}, else by {@code Accept-Language}, else
 * English), the public base of our IRIs, and the path of the page for the language switch.
 */
record PageContext(InterfaceText words, boolean chosen, String base, String path) {
    private static final List<String> LANGUAGES = List.of("en", "fr");

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

    /** The frame of this page, with the switch to the other language. */
    Frame frame(String title, List<Frame.Alternate> alternates) {
        List<Frame.Language> switches = LANGUAGES.stream().map(l -> new Frame.Language(
            l, l.equals("en") ? "English" : "Français", l.equals(words.lang()) ? null : path + "?lang=" + l)).toList();
        return Frame.of(words, this::local, title, switches, alternates);
    }

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
        var thing = ShortForm.of(iri, base);
        if (thing.isPresent())
            return local(Routes.thing(thing.get().toString()));
        if (iri.startsWith(base))
            return local("/" + iri.substring(base.length()));
        if (iri.startsWith(Alu.NS))
            return local(Routes.ONTOLOGY + "#" + iri.substring(Alu.NS.length()));
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://"))
            return iri;
        return null;
    }

    /** {@code iri} named {@code label}, linked where {@link #href} allows. */
    Ref ref(String iri, String label) { return new Ref(label, href(iri)); }
}
