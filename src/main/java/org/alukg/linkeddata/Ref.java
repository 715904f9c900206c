package org.alukg.linkeddata;

/**
 * A thing as a page names it: its name in the page's language, and where a link to it goes — a path of this server
 * or an http(s) address; {@code null} when it cannot be linked (a blank node, or an IRI of another scheme).
 *
 * @param lang the language of the name when it is not the page's (it has none in the page's language), else null
 */
public record Ref(String label, String href, String lang) {
    /** A name in the page's language. */
    public Ref(String label, String href) { this(label, href, null); }

    /** A name that links nowhere. */
    static Ref text(String label) { return new Ref(label, null); }
}
