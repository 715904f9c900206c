package org.alukg.search;

import java.util.ArrayList;
import java.util.List;

import org.alukg.problem.Problem;

/**
 * One search: the text typed, the kinds of thing wanted (all when empty), how many hits at most, and the language
 * of the names shown. Checked when made: a blank or too long text, an unknown kind, a limit out of range or an
 * unknown language is refused with a problem naming the parameter.
 */
public record SearchRequest(String q, List<String> kinds, int limit, String lang) {
    /** The longest text searched, in characters. */
    public static final int MAX_QUERY_CHARS = 200;
    /** The most hits one search answers. */
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        if (q == null || q.isBlank())
            throw Problem.badRequest("missing parameter: q").field("q", null);
        if (q.length() > MAX_QUERY_CHARS)
            throw Problem.badValue("q", "is longer than " + MAX_QUERY_CHARS + " characters",
                                   q.substring(0, 40) + "… (" + q.length() + " characters)");
        kinds = List.copyOf(kinds == null ? List.of() : kinds);
        for (String k : kinds)
            if (!ThingReader.KINDS.contains(k))
                throw Problem.badValue("kind", "must be one of " + String.join(", ", ThingReader.KINDS), k);
        if (limit < 1 || limit > MAX_LIMIT)
            throw Problem.badValue("limit", "must be from 1 to " + MAX_LIMIT, Integer.toString(limit));
        if (lang == null)
            lang = "en";
        if (!lang.equals("en") && !lang.equals("fr"))
            throw Problem.badValue("lang", "must be en or fr", lang);
    }

    /** The kinds searched, from a parameter given as a comma-separated list or repeated ({@code null}: all). */
    public static List<String> kinds(String[] values) {
        List<String> out = new ArrayList<>();
        if (values != null)
            for (String v : values)
                for (String k : v.split(","))
                    if (!k.isBlank() && !out.contains(k.strip()))
                        out.add(k.strip());
        return out;
    }

    /** All kinds that may be searched. */
    public static List<String> allKinds() { return ThingReader.KINDS; }
}
