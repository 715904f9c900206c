package org.alukg.query;

import java.util.List;
import java.util.Map;

/**
 * The grlc-style {@code #+} YAML header of a named query, read by {@link HeaderParser}.
 *
 * @param summary     one line saying what the query answers
 * @param description more about it; empty when not given
 * @param tags        the groups the query is listed under
 * @param params      each parameter's description, by name
 * @param defaults    the values bound when the caller gives none, by parameter
 * @param enumerate   the only values a parameter accepts, by parameter
 * @param pagination  rows per page by default, or null when the rows come whole
 * @param method      GET (the default) or POST
 * @param keyLines    the line of the file where each key of the header is written
 */
record QueryHeader(String summary, String description, List<String> tags, Map<String, String> params,
                   Map<String, List<String>> defaults, Map<String, List<String>> enumerate, Integer pagination,
                   String method, Map<String, Integer> keyLines) {

    /** The line where {@code key} is written; the header's first line for a key not written (or null). */
    int lineOf(String key) { return key == null ? 1 : keyLines.getOrDefault(key, 1); }
}
