package org.alukg.linkeddata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /kind/slug[.ext]} part of {@code /id/…} and {@code /doc/…}. Anything else — more segments, dots,
 * percent signs, non-ASCII — is refused as malformed (400) before it reaches the store.
 */
record ThingPath(String kind, String slug, Optional<String> extension) {
    private static final Pattern PATH = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)/([A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*)(?:\\.([a-z]+))?");

    static ThingPath parse(String pathInfo) {
        Matcher m = PATH.matcher(pathInfo == null ? "" : pathInfo);
        if (!m.matches())
            throw new WebException(400, "malformed identifier, expected /kind/slug: " + (pathInfo == null ? "(none)" : pathInfo));
        return new ThingPath(m.group(1), m.group(2), Optional.ofNullable(m.group(3)));
    }

    /** {@code kind/slug} */
    String local() { return kind + "/" + slug; }

    /** The IRI under the public base. */
    String iri(String base) { return base + "id/" + local(); }
}
