package org.alukg.trace;

/** Which way a trace walks the supply links: to customers, to suppliers, or both. */
public enum Direction {
    downstream, upstream, both;

    static Direction parse(String s) {
        if (s == null)
            return downstream;
        try {
            return valueOf(s.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TraceException.bad("direction must be downstream, upstream or both: " + s);
        }
    }
}
