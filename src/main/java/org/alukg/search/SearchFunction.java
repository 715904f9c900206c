package org.alukg.search;

import java.util.ArrayList;
import java.util.List;

import org.alukg.problem.Problem;
import org.alukg.query.PropertyFunctions;
import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;
import org.apache.jena.sparql.util.IterLib;
import org.apache.jena.sparql.util.Symbol;

/**
 * The SPARQL property function {@code alu:search}: the same search as {@code /api/search}, over the index of the
 * data the query reads.
 * <pre>
 *   ?thing alu:search "becancour"                                   # the things found, best first
 *   (?thing ?score ?name) alu:search ("becancour" "site" 5)         # with score and name; kind and limit optional
 * </pre>
 * The object is the text, or the list (text [kind [limit]]), kind "" for every kind and limit 10 by default; the
 * name is bound in English (French where there is no English one). A bad argument fails the query with a message
 * naming it (Fuseki answers 400 with it).
 */
public final class SearchFunction extends PropertyFunctionEval {
    /** The IRI of the function: {@code alu:search}. */
    public static final String IRI = Alu.NS + "search";
    private static final Symbol SERVICE = Symbol.create("alukg:searchService");

    public SearchFunction() { super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_EITHER); }

    /** Makes the function answer on {@code dsg} with {@code service}. */
    public static void enable(DatasetGraph dsg, SearchService service) {
        PropertyFunctions.enable(dsg, IRI, SearchFunction.class, SERVICE, service);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 3))
            throw new QueryBuildException("alu:search: the subject is ?thing or the list (?thing ?score ?name): " + subject);
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 3))
            throw new QueryBuildException("alu:search: the object is \"text\" or the list (\"text\" \"kind\" limit): " + object);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                       ExecutionContext cxt) {
        List<Node> args = object.isList() ? object.getArgList() : List.of(object.getArg());
        if (!args.get(0).isLiteral())
            return IterLib.noResults(cxt);
        String kind = args.size() > 1 && args.get(1).isLiteral() ? args.get(1).getLiteralLexicalForm() : "";
        int limit = SearchRequest.DEFAULT_LIMIT;
        if (args.size() > 2) {
            Node l = args.get(2);
            if (!l.isLiteral() || !(l.getLiteralValue() instanceof Number n))
                throw refused("limit must be a whole number: " + l);
            limit = n.intValue();
        }
        SearchService service = cxt.getContext().get(SERVICE);
        if (service == null)
            throw new QueryExecException("alu:search is not enabled on this dataset");
        List<Hit> hits;
        try {
            hits = service.search(new SearchRequest(args.get(0).getLiteralLexicalForm(),
                                                    kind.isEmpty() ? List.of() : List.of(kind), limit, "en"));
        } catch (Problem p) {
            throw p.kind().callersMistake() ? refused(p.detail()) : p;
        }
        List<Node> vars = subject.isList() ? subject.getArgList() : List.of(subject.getArg());
        List<Binding> rows = new ArrayList<>();
        for (Hit h : hits) {
            List<Node> values = List.of(NodeFactory.createURI(h.iri()),
                                        NodeFactory.createLiteralDT(Double.toString(h.score()), XSDDatatype.XSDdouble),
                                        NodeFactory.createLiteralString(h.label()));
            Binding b = binding;
            for (int i = 0; i < vars.size() && b != null; i++)
                b = PropertyFunctions.bind(b, vars.get(i), values.get(i));
            if (b != null)
                rows.add(b);
        }
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /** A bad argument: an error in the query's text found as it runs, answered 400 with the message. */
    private static QueryParseException refused(String detail) {
        return new QueryParseException("alu:search: " + detail, -1, -1);
    }
}
