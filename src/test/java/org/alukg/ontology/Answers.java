package org.alukg.ontology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reading the answer tables of the Markdown files and comparing them with query results.
 * A value written in a table matches a result term when:
 * the term is an IRI equal to it, or to https://w3id.org/alukg/id/ + it, or ending in #it;
 * or the term is a number equal to it within half a unit of its last written decimal;
 * or the term's lexical form equals it.
 */
final class Answers {

    static final String ID = "https://w3id.org/alukg/id/";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private Answers() {}

    /** The rows of the first Markdown table in {@code markdown} under the given heading line (or of the whole text if heading is null). */
    static List<List<String>> table(String markdown, String heading, int columns) {
        String text = markdown;
        if (heading != null) {
            int at = markdown.indexOf(heading);
            if (at < 0) {
                throw new IllegalStateException("heading not found: " + heading);
            }
            text = markdown.substring(at + heading.length());
            int next = text.indexOf("\n#");
            if (next >= 0) {
                text = text.substring(0, next);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (!t.startsWith("|")) {
                continue;
            }
            if (t.matches("\\|[-:| ]+\\|")) {
                header = false;
                continue;
            }
            if (header) {
                continue;
            }
            String[] cells = t.substring(1, t.length() - 1).split("\\|", -1);
            if (cells.length != columns) {
                throw new IllegalStateException("table row should have " + columns + " cells: " + line);
            }
            List<String> row = new ArrayList<>();
            for (String c : cells) {
                row.add(c.trim().replace("`", ""));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Parses "?a=x; ?b=y" into variable → expected value. */
    static Map<String, String> bindings(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String part : text.split(";")) {
            String p = part.trim();
            if (p.isEmpty() || p.startsWith("rows=")) {
                continue;
            }
            Matcher m = Pattern.compile("\\?([A-Za-z0-9_]+)=(.+)").matcher(p);
            if (!m.matches()) {
                throw new IllegalStateException("cannot read expected binding: " + p);
            }
            out.put(m.group(1), m.group(2).trim());
        }
        return out;
    }

    static Integer rowCount(String text) {
        for (String part : text.split(";")) {
            String p = part.trim();
            if (p.startsWith("rows=")) {
                return Integer.parseInt(p.substring(5).trim());
            }
        }
        return null;
    }

    static boolean rowMatches(QuerySolution row, Map<String, String> expected) {
        for (Map.Entry<String, String> e : expected.entrySet()) {
            RDFNode v = row.get(e.getKey());
            if (v == null || !matches(v, e.getValue())) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(RDFNode term, String expected) {
        if (term.isURIResource()) {
            String iri = term.asResource().getURI();
            return iri.equals(expected) || iri.equals(ID + expected) || iri.endsWith("#" + expected);
        }
        if (!term.isLiteral()) {
            return false;
        }
        String lexical = term.asLiteral().getLexicalForm();
        if (NUMBER.matcher(expected).matches() && NUMBER.matcher(lexical).matches()) {
            BigDecimal want = new BigDecimal(expected);
            BigDecimal got = new BigDecimal(lexical);
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(Math.max(want.scale(), 0)).divide(BigDecimal.valueOf(2));
            return got.subtract(want).abs().compareTo(tolerance) <= 0;
        }
        return lexical.equals(expected);
    }
}
