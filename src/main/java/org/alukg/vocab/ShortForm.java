package org.alukg.vocab;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short form {@code kind/slug} of one of our things, such as {@code site/alma}: the IRI is the public base,
 * {@code id/}, then the short form. The one parser of it, used by the pages, the named queries, tracing and the
 * importers, so that all honour {@code --base} alike.
 *
 * @param kind the kind of thing: lowercase ASCII letters and digits, words joined by '-'
 * @param slug the thing's slug: ASCII letters and digits, words joined by '-' or '_'
 */
public record ShortForm(String kind, String slug) {
    /** Longest short form accepted; longer text is refused before any pattern is tried. */
    public static final int MAX_LENGTH = 200;
    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*)");

    /** The short form that {@code text} is exactly, if it is one. */
    public static Optional<ShortForm> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH)
            return Optional.empty();
        Matcher m = FORM.matcher(text);
        return m.matches() ? Optional.of(new ShortForm(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The short form of {@code iri} under {@code base}, if it names one of our things there. */
    public static Optional<ShortForm> of(String iri, String base) {
        String prefix = base + "id/";
        return iri != null && iri.startsWith(prefix) ? parse(iri.substring(prefix.length())) : Optional.empty();
    }

    /**
     * The IRI that {@code text} names: a short form under {@code base}, an absolute IRI (optionally in angle brackets)
     * as it is; empty for anything else.
     */
    public static Optional<String> resolve(String text, String base) {
        if (text == null)
            return Optional.empty();
        String t = text.strip();
        if (t.startsWith("<") && t.endsWith(">") && t.length() > 2)
            t = t.substring(1, t.length() - 1);
        Optional<ShortForm> s = parse(t);
        if (s.isPresent())
            return Optional.of(s.get().iri(base));
        return t.contains(":") ? Optional.of(t) : Optional.empty();
    }

    /** {@code kind/slug} */
    @Override
    public String toString() { return kind + "/" + slug; }

    /** The IRI under {@code base}: {@code base + "id/" + kind + "/" + slug}. */
    public String iri(String base) { return base + "id/" + this; }
}
