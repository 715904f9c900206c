package org.alukg.linkeddata;

/**
 * A thing as a page names it: its name in the page's language, and where a link to it goes — a path of this server
 * or an http(s) address; {@code null} when it cannot be linked (a blank node, or an IRI of another scheme).
 */
public record Ref(String label, String href) {
    /** A name that links nowhere. */
    static Ref text(String label) { return new Ref(label, null); }
}
