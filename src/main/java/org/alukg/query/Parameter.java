package org.alukg.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.alukg.problem.Problem;
import org.alukg.vocab.ShortForm;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Var;

/**
 * A parameter of a named query, read from its variable name in the BASIL/grlc convention: {@code ?_name} is
 * required, {@code ?__name} optional, and a suffix gives the kind of term — {@code _iri}, {@code _integer},
 * {@code _decimal}, a language tag ({@code _en}, {@code _fr}), or a datatype ({@code _xsd_date},
 * {@code _xsd_gYear} …); without one the value is a plain string. A value is parsed into an RDF term, never
 * pasted into query text; an IRI may be given as a short form such as {@code site/alma}, under the base.
 *
 * @param name        the name callers use ({@code region} for {@code ?__region_iri})
 * @param var         the query variable it binds
 * @param kind        the kind of term
 * @param qualifier   the language tag or the XSD datatype's local name, for those kinds
 * @param required    true for {@code ?_name}
 * @param description from the header's {@code params}
 * @param defaults    values bound when the caller gives none
 * @param allowed     the only values accepted (the header's {@code enumerate}), empty when any is
 * @param base        the public base of our IRIs, under which short forms are read
 */
public record Parameter(String name, Var var, Kind kind, String qualifier, boolean required, String description,
                        List<String> defaults, List<String> allowed, String base) {

    /** The kinds of RDF term a parameter takes. */
    public enum Kind { IRI, INTEGER, DECIMAL, STRING, LANG_STRING, TYPED }

    /** True for a variable that is a parameter by its name: it starts with one or two underscores. */
    public static boolean isParameter(String varName) {
        return varName.startsWith("_") && varName.length() > 1 && !varName.equals("__");
    }

    /**
     * Reads the name, kind and whether it is required from the variable name; header details come later. Short forms
     * are read under {@code base}.
     */
    public static Parameter fromVariable(String varName, String base) {
        boolean required = !varName.startsWith("__");
        String rest = varName.substring(required ? 1 : 2);
        String[] parts = rest.split("_");
        Kind kind = Kind.STRING;
        String qualifier = null;
        int nameParts = parts.length;
        if (parts.length >= 3 && parts[parts.length - 2].equals("xsd")) {
            kind = Kind.TYPED;
            qualifier = parts[parts.length - 1];
            nameParts -= 2;
        } else if (parts.length >= 2) {
            String last = parts[parts.length - 1];
            switch (last) {
                case "iri" -> { kind = Kind.IRI; nameParts--; }
                case "integer" -> { kind = Kind.INTEGER; nameParts--; }
                case "decimal", "number" -> { kind = Kind.DECIMAL; nameParts--; }
                case "literal" -> nameParts--;
                case "en", "fr" -> { kind = Kind.LANG_STRING; qualifier = last; nameParts--; }
                default -> { }
            }
        }
        String name = nameParts < 1 ? "" : String.join("_", Arrays.copyOf(parts, nameParts));
        return new Parameter(name, Var.alloc(varName), kind, qualifier, required, "", List.of(), List.of(), base);
    }

    /** True when the variable gave a name (not only a kind, as {@code ?_iri} does). */
    public boolean hasName() { return !name.isEmpty() && !name.startsWith("_"); }

    public Parameter withHeader(String desc, List<String> defaultValues, List<String> allowedValues) {
        return new Parameter(name, var, kind, qualifier, required, desc, defaultValues, allowedValues, base);
    }

    /** The datatype of a {@link Kind#TYPED} parameter, or null when its name is not an XSD datatype. */
    public RDFDatatype datatype() {
        return qualifier == null ? null : TypeMapper.getInstance().getTypeByName(XSDDatatype.XSD + "#" + qualifier);
    }

    /** A short word for the kind, for listings and the OpenAPI document. */
    public String kindName() {
        return switch (kind) {
            case IRI -> "iri";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case STRING -> "string";
            case LANG_STRING -> "string@" + qualifier;
            case TYPED -> "xsd:" + qualifier;
        };
    }

    /** Parses one value into an RDF term, or throws a 400 naming this parameter and the value. */
    public Node parse(String value) {
        if (!allowed.isEmpty() && !allowed.contains(value))
            throw bad(value, "not one of " + String.join(", ", allowed));
        return switch (kind) {
            case IRI -> iri(value);
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw bad(value, "not an integer");
                }
            }
            case DECIMAL -> {
                try {
                    yield NodeFactory.createLiteralDT(new BigDecimal(value.strip()).toPlainString(), XSDDatatype.XSDdecimal);
                } catch (NumberFormatException e) {
                    throw bad(value, "not a decimal number");
                }
            }
            case STRING -> NodeFactory.createLiteralString(value);
            case LANG_STRING -> NodeFactory.createLiteralLang(value, qualifier);
            case TYPED -> {
                RDFDatatype dt = datatype();
                if (!dt.isValid(value))
                    throw bad(value, "not a valid xsd:" + qualifier);
                yield NodeFactory.createLiteralDT(value, dt);
            }
        };
    }

    /** An absolute IRI; {@code kind/slug} is short for one of our own things, under the base. */
    private Node iri(String value) {
        String v = ShortForm.parse(value.strip()).map(s -> s.iri(base)).orElse(value.strip());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0)
                throw bad(value, "not an IRI (it contains " + describe(c) + ")");
        }
        try {
            IRIx iri = IRIx.create(v);
            if (iri.scheme() == null || !iri.isReference())
                throw bad(value, "not an absolute IRI nor a short form such as site/alma");
        } catch (IRIException e) {
            throw bad(value, "not an IRI");
        }
        return NodeFactory.createURI(v);
    }

    private static String describe(char c) {
        return c <= ' ' ? String.format(Locale.ROOT, "U+%04X", (int) c) : "'" + c + "'";
    }

    private Problem bad(String value, String why) {
        return Problem.badRequest("bad value for parameter " + name + ": " + value + " (" + why + ")").field(name, value);
    }
}
