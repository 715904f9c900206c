package org.alukg.trace;

import java.util.Locale;

import org.alukg.problem.Problem;

/** Which way a trace walks the supply links: to customers, to suppliers, or both. */
public enum Direction {
    downstream, upstream, both;

    static Direction parse(String s) {
        if (s == null)
            return downstream;
        for (Direction d : values())
            if (d.name().equals(s.strip().toLowerCase(Locale.ROOT)))
                return d;
        throw Problem.badValue("direction", "must be downstream, upstream or both", s);
    }
}
