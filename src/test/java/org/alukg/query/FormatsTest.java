package org.alukg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alukg.testing.Curated;
import org.alukg.testing.TestServer;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultParser;
import org.eclipse.rdf4j.query.resultio.helpers.QueryResultCollector;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every format of the API parses with Jena and with RDF4J to the same answer. */
@Order(2)
class FormatsTest {
    @RegisterExtension static final Curated curated = Curated.project();
    static TestServer server;

    @BeforeAll
    static void start() { server = curated.server(); }

    String body(String path) throws Exception {
        var r = server.get(path, null);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void tableFormatsParseWithJenaToTheNineSmelters() throws Exception {
        for (var f : List.of(new Object[] {"sparql-json", ResultSetLang.RS_JSON}, new Object[] {"xml", ResultSetLang.RS_XML},
                             new Object[] {"csv", ResultSetLang.RS_CSV}, new Object[] {"tsv", ResultSetLang.RS_TSV})) {
            String text = body("/api/queries/smelters?format=" + f[0]);
            ResultSetRewindable rs = ResultSetFactory.makeRewindable(ResultSetMgr.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (Lang) f[1]));
            assertEquals(9, rs.size(), f[0].toString());
            List<String> vars = rs.getResultVars();
            assertTrue(vars.containsAll(List.of("smelter", "operator", "region", "capacity")), f[0] + ": " + vars);
        }
    }

    /** A row as variable → term, written the same way for both parsers: {@code <iri>}, {@code "lex"^^<dt>}, {@code "lex"@lang}. */
    static Map<String, String> jenaRow(org.apache.jena.query.QuerySolution s, List<String> vars, boolean textOnly) {
        Map<String, String> row = new TreeMap<>();
        for (String v : vars) {
            RDFNode n = s.get(v);
            if (n == null || textOnly && n.isLiteral() && n.asLiteral().getLexicalForm().isEmpty())
                continue; // CSV writes unbound as an empty field; Jena reads it back as "", RDF4J as unbound
            if (textOnly)
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            else if (n.isURIResource())
                row.put(v, "<" + n.asResource().getURI() + ">");
            else if (!n.asLiteral().getLanguage().isEmpty())
                row.put(v, '"' + n.asLiteral().getLexicalForm() + "\"@" + n.asLiteral().getLanguage());
            else
                row.put(v, '"' + n.asLiteral().getLexicalForm() + "\"^^<" + n.asLiteral().getDatatypeURI() + ">");
        }
        return row;
    }

    static Map<String, String> rdf4jRow(BindingSet b, boolean textOnly) {
        Map<String, String> row = new TreeMap<>();
        for (var binding : b) {
            Value v = binding.getValue();
            if (textOnly)
                row.put(binding.getName(), v.stringValue());
            else if (v instanceof IRI iri)
                row.put(binding.getName(), "<" + iri + ">");
            else if (v instanceof Literal l && l.getLanguage().isPresent())
                row.put(binding.getName(), '"' + l.getLabel() + "\"@" + l.getLanguage().get());
            else
                row.put(binding.getName(), '"' + ((Literal) v).getLabel() + "\"^^<" + ((Literal) v).getDatatype() + ">");
        }
        return row;
    }

    /**
     * TSV writes booleans as Turtle does, bare ({@code true}); RDF4J's TSV parser (5.1.4) reads those as plain strings
     * while it reads bare numbers typed. Both sides are compared with a boolean written as its bare text.
     */
    static List<Map<String, String>> bareBooleans(List<Map<String, String>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Map<String, String> r = new TreeMap<>();
            row.forEach((k, v) -> r.put(k, v.matches("\"(true|false)\"\\^\\^<http://www.w3.org/2001/XMLSchema#(boolean|string)>")
                                           ? v.substring(1, v.indexOf('"', 1)) : v));
            out.add(r);
        }
        return out;
    }

    /**
     * SPARQL JSON, XML, CSV and TSV answers read with Jena's and with RDF4J's result parsers give the same rows, and the
     * same rows as the JSON answer read by Jena (CSV carries no types, so it is compared on the text of the values).
     */
    @Test
    void tableFormatsReadTheSameWithJenaAndRdf4j() throws Exception {
        for (String query : List.of("smelters", "quebec-share", "research-training", "capacity-history?facility=site/alouette")) {
            String path = "/api/queries/" + query + (query.contains("?") ? "&" : "?") + "format=";
            List<Map<String, String>> expected = null;
            List<Map<String, String>> expectedText = null;
            for (var f : List.of(new Object[] {"sparql-json", ResultSetLang.RS_JSON, TupleQueryResultFormat.JSON},
                                 new Object[] {"xml", ResultSetLang.RS_XML, TupleQueryResultFormat.SPARQL},
                                 new Object[] {"tsv", ResultSetLang.RS_TSV, TupleQueryResultFormat.TSV},
                                 new Object[] {"csv", ResultSetLang.RS_CSV, TupleQueryResultFormat.CSV})) {
                boolean textOnly = f[0].equals("csv");
                byte[] bytes = body(path + f[0]).getBytes(StandardCharsets.UTF_8);
                ResultSetRewindable rs = ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(bytes), (Lang) f[1]));
                List<Map<String, String>> jena = new ArrayList<>();
                rs.forEachRemaining(s -> jena.add(jenaRow(s, rs.getResultVars(), textOnly)));
                QueryResultCollector collected = new QueryResultCollector();
                TupleQueryResultParser parser = QueryResultIO.createTupleParser((TupleQueryResultFormat) f[2]);
                parser.setQueryResultHandler(collected);
                parser.parseQueryResult(new ByteArrayInputStream(bytes));
                List<Map<String, String>> rdf4j = collected.getBindingSets().stream().map(b -> rdf4jRow(b, textOnly)).toList();
                assertEquals(rs.getResultVars(), collected.getBindingNames(), query + " " + f[0]);
                if (f[0].equals("tsv"))
                    assertEquals(bareBooleans(jena), bareBooleans(rdf4j), query + " " + f[0]);
                else
                    assertEquals(jena, rdf4j, query + " " + f[0]);
                if (expected == null) {
                    expected = jena;
                    ResultSetRewindable again = ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(bytes), (Lang) f[1]));
                    expectedText = new ArrayList<>();
                    while (again.hasNext())
                        expectedText.add(jenaRow(again.next(), again.getResultVars(), true));
                }
                assertEquals(textOnly ? expectedText : expected, jena, query + " " + f[0] + " against sparql-json");
                assertTrue(jena.size() >= 4, query + " " + f[0]);
            }
        }
    }

    @Test
    void graphFormatsParseWithJenaAndRdf4jToTheSameGraph() throws Exception {
        Model turtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(body("/api/queries/resource?resource=site/becancour"), Lang.TURTLE).parse(turtle);
        assertTrue(turtle.size() > 5);
        for (var f : List.of(new Object[] {"jsonld", Lang.JSONLD, RDFFormat.JSONLD},
                             new Object[] {"ntriples", Lang.NTRIPLES, RDFFormat.NTRIPLES},
                             new Object[] {"turtle", Lang.TURTLE, RDFFormat.TURTLE})) {
            String text = body("/api/queries/resource?resource=site/becancour&format=" + f[0]);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(text, (Lang) f[1]).parse(m);
            assertTrue(m.isIsomorphicWith(turtle), f[0].toString());
            var rdf4j = Rio.parse(new StringReader(text), "", (RDFFormat) f[2]);
            assertEquals(turtle.size(), new LinkedHashModel(rdf4j).size(), f[0].toString());
        }
    }
}
