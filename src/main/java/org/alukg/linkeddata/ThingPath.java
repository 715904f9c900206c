package org.alukg.linkeddata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.alukg.vocab.ShortForm;

/**
 * The {@code /kind/slug[.ext]} part of {@code /id/…} and {@code /doc/…}: the short form of a thing and the
 * extension that names a syntax. Anything else — more segments, dots, percent signs, non-ASCII — is refused as
 * malformed (400) before it reaches the store.
 */
record ThingPath(ShortForm thing, Optional<String> extension) {
    private static final Pattern EXTENSION = Pattern.compile("(.*)\\.([a-z]+)");

    static ThingPath parse(String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        Matcher ext = EXTENSION.matcher(path);
        boolean hasExtension = ext.matches();
        String form = hasExtension ? ext.group(1) : path;
        Optional<ShortForm> thing = form.startsWith("/") ? ShortForm.parse(form.substring(1)) : Optional.empty();
        if (thing.isEmpty())
            throw Problem.badRequest("malformed identifier, expected /kind/slug: " + (pathInfo == null ? "(none)" : pathInfo));
        return new ThingPath(thing.get(), hasExtension ? Optional.of(ext.group(2)) : Optional.empty());
    }

    /** The IRI under the public base ({@code --base}). */
    String iri(String base) { return thing.iri(base); }

    /** Where the document about the thing is: {@code /doc/kind/slug}. */
    String docPath() { return Routes.doc(thing.toString()); }
}
