package org.alukg.server;

import org.alukg.problem.Problem;

/**
 * How deep and how long-winded a SPARQL text may be before it is refused unread: parsers and the query engine
 * recurse along nesting and along chains of operators, and a few kilobytes of {@code {{{{…} or {@code 1+1+1…} would
 * otherwise overflow a thread's stack. Strings and IRIs are skipped, so data inside them never counts.
 */
final class SparqlShape {
    static final int MAX_DEPTH = 200, MAX_OPERATORS = 2000;

    private SparqlShape() {}

    static void check(String text) {
        int depth = 0, maxDepth = 0, operators = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\'' -> i = skipString(text, i, c);
                case '#' -> i = skipComment(text, i);
                case '{', '(', '[' -> maxDepth = Math.max(maxDepth, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '+', '*', '/', '|', '&', '!', '=', '^' -> operators++;
                default -> { }
            }
        }
        if (maxDepth > MAX_DEPTH)
            throw Problem.badRequest("query or update nested too deeply: depth " + maxDepth + " (at most " + MAX_DEPTH + ")");
        if (operators > MAX_OPERATORS)
            throw Problem.badRequest("query or update has too many operators: " + operators + " (at most " + MAX_OPERATORS + ")");
    }

    /** The index of the closing quote of the string opening at {@code i} (long strings too), or the end. */
    private static int skipString(String t, int i, char q) {
        boolean longString = i + 2 < t.length() && t.charAt(i + 1) == q && t.charAt(i + 2) == q;
        int j = i + (longString ? 3 : 1);
        while (j < t.length()) {
            char c = t.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == q && (!longString || j + 2 < t.length() && t.charAt(j + 1) == q && t.charAt(j + 2) == q))
                return longString ? j + 2 : j;
            j++;
        }
        return t.length();
    }

    private static int skipComment(String t, int i) {
        int nl = t.indexOf('\n', i);
        return nl < 0 ? t.length() : nl;
    }
}
