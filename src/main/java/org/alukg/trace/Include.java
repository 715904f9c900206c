package org.alukg.trace;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.alukg.problem.Problem;

/**
 * A kind of link a trace follows only when asked, besides supply: money from a funder to its recipient
 * ({@code alu:Funding}), or a share from an owner to what it owns ({@code alu:Ownership}). Each costs a tier, as a
 * supply link does.
 */
public enum Include {
    funding, ownership;

    /**
     * The kinds named in {@code values}, each a name or a comma-separated list of names; none when null or empty.
     * An unknown name is a bad value of the parameter {@code field}.
     */
    public static Set<Include> parse(String field, List<String> values) {
        Set<Include> out = EnumSet.noneOf(Include.class);
        if (values == null)
            return out;
        for (String v : values)
            for (String part : v.split(",", -1)) {
                String name = part.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty() && values.size() == 1 && v.isBlank())
                    continue;
                out.add(of(field, name, part));
            }
        return out;
    }

    private static Include of(String field, String name, String given) {
        for (Include k : values())
            if (k.name().equals(name))
                return k;
        throw Problem.badValue(field, "must be funding or ownership", given);
    }
}
