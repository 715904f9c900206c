package org.alukg.linkeddata;

import java.util.List;
import java.util.function.UnaryOperator;

import org.alukg.http.Routes;

/**
 * What the frame of every page shows around its content ({@code layout.jte}): the language and title, the style
 * sheet, the RDF versions of the same data, the switch to the other language, the footer's links.
 *
 * @param languages the language switch, empty for a page that exists in one language only
 * @param map true for a page with an interactive map: its head loads Leaflet and the map's script, from this server
 */
public record Frame(String lang, String title, String stylesheet, String home, String languageLabel,
                   List<Language> languages, List<Alternate> alternates, List<Ref> footer, boolean map) {

    /** One language of the switch: the current one has no link. */
    public record Language(String lang, String name, String href) {}

    /** An alternate representation announced in the head. */
    public record Alternate(String type, String href) {}

    /**
     * The search box at the top of every page: a plain form to the results page, which the first-party script
     * {@code script} enhances with suggestions from {@code api} as one types.
     */
    public record SearchBox(String action, String api, String script, String label, String placeholder, String button) {}

    /** The search box of this page, in its language. */
    public SearchBox search() {
        InterfaceText w = InterfaceText.of("fr".equals(lang) ? InterfaceText.FRENCH : InterfaceText.ENGLISH);
        return new SearchBox(Routes.SEARCH_PAGE, Routes.SEARCH, Routes.SEARCH_SCRIPT, w.text("search.label"),
                             w.text("search.placeholder"), w.text("search.button"));
    }

    /** The same frame on a page with an interactive map. */
    public Frame withMap() {
        return new Frame(lang, title, stylesheet, home, languageLabel, languages, alternates, footer, true);
    }

    /** Leaflet's style sheet and script, and the map's script, in the order they load. */
    public String leafletStylesheet() { return Routes.LEAFLET + "leaflet.css"; }

    public List<String> mapScripts() { return List.of(Routes.LEAFLET + "leaflet.js", Routes.MAP_SCRIPT); }

    /** The frame of a page in English only, without a language switch, such as the page of the APIs. */
    public static Frame english(String title) {
        return of(InterfaceText.of(InterfaceText.ENGLISH), UnaryOperator.identity(), title, List.of(), List.of());
    }

    /** The frame in the language of {@code w}; {@code local} makes this server's links keep the chosen language. */
    static Frame of(InterfaceText w, UnaryOperator<String> local, String title, List<Language> languages,
                    List<Alternate> alternates) {
        return new Frame(w.lang(), title, Routes.STYLESHEET, Routes.UI, w.text("nav.language"), languages, alternates,
                         List.of(new Ref(w.text("footer.ontology"), local.apply(Routes.ONTOLOGY)),
                                 new Ref(w.text("footer.void"), local.apply(Routes.VOID)),
                                 new Ref(w.text("footer.dumps"), Routes.DUMPS),
                                 new Ref(w.text("footer.sparql"), Routes.UI_QUERY)), false);
    }
}
