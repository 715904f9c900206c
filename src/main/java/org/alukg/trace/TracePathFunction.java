package org.alukg.trace;

import java.util.ArrayList;
import java.util.List;

import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.query.PropertyFunctions;
import org.alukg.trace.TraceResult.FoundPath;
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
 * The SPARQL property function {@code alu:tracePath}: every simple supply path from one node to another, shortest
 * first, with the nodes in between (operator links included, as in {@link TraceService#paths}).
 * <pre>
 *   (?path ?step ?node) alu:tracePath (?from ?to ?maxLength)   # one row per node of each path
 *   ?path alu:tracePath (?from ?to)                            # one row per path: its node IRIs, space-separated
 * </pre>
 * {@code ?path} is the path's rank (1 = shortest) in the first form; {@code ?step} counts from 0 at {@code ?from};
 * {@code ?maxLength} (supply links) defaults to 4. Unknown nodes give no rows; a length over the cap fails the query
 * with a message naming the cap (Fuseki answers 400 with it). The function uses the {@link TraceService} that
 * {@link #enable} put in the dataset's context: its caps, its base, its snapshot of the supply network.
 */
public final class TracePathFunction extends PropertyFunctionEval {
    /** The IRI of the function: {@code alu:tracePath}. */
    public static final String IRI = Alu.NS + "tracePath";
    private static final int DEFAULT_MAX_LENGTH = 4;
    /** Where the dataset's context holds the trace service. */
    private static final Symbol SERVICE = Symbol.create("alukg:traceService");

    public TracePathFunction() { super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_LIST); }

    /**
     * Makes the function answer on {@code dsg} with {@code service}: registers it with ARQ's global registry (once)
     * and puts the service in the dataset's context.
     */
    public static void enable(DatasetGraph dsg, TraceService service) {
        PropertyFunctions.enable(dsg, IRI, TracePathFunction.class, SERVICE, service);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.isList() && subject.getArgListSize() != 3)
            throw new QueryBuildException("alu:tracePath: the subject is ?path or the list (?path ?step ?node): "
                                          + subject);
        if (object.getArgListSize() < 2 || object.getArgListSize() > 3)
            throw new QueryBuildException("alu:tracePath: the object is the list (?from ?to) or (?from ?to ?maxLength): "
                                          + object);
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
                                       ExecutionContext cxt) {
        Node from = object.getArg(0), to = object.getArg(1);
        if (!from.isURI() || !to.isURI())
            return IterLib.noResults(cxt);
        int maxLength = DEFAULT_MAX_LENGTH;
        if (object.getArgListSize() == 3) {
            Node m = object.getArg(2);
            if (!m.isLiteral() || !(m.getLiteralValue() instanceof Number n))
                throw refused("maxLength must be a whole number: " + m);
            maxLength = n.intValue();
        }
        TraceService service = cxt.getContext().get(SERVICE);
        if (service == null)
            throw new QueryExecException("alu:tracePath is not enabled on this dataset");
        List<FoundPath> paths;
        try {
            paths = service.paths(new PathRequest(from.getURI(), to.getURI(), maxLength, null, null, null)).paths();
        } catch (Problem p) {
            // SPARQL has no 404 for a term: an unknown node matches nothing. Another refusal fails the query.
            if (p.kind() == Kind.NOT_FOUND)
                return IterLib.noResults(cxt);
            throw p.kind().callersMistake() ? refused(p.detail()) : p;
        }
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            List<String> nodes = paths.get(i).nodes();
            if (!subject.isList()) {
                Binding b = PropertyFunctions.bind(binding, subject.getArg(), NodeFactory.createLiteralString(String.join(" ", nodes)));
                if (b != null)
                    rows.add(b);
                continue;
            }
            for (int step = 0; step < nodes.size(); step++) {
                Binding b = PropertyFunctions.bind(binding, subject.getArg(0), integer(i + 1));
                b = b == null ? null : PropertyFunctions.bind(b, subject.getArg(1), integer(step));
                b = b == null ? null : PropertyFunctions.bind(b, subject.getArg(2), NodeFactory.createURI(nodes.get(step)));
                if (b != null)
                    rows.add(b);
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), cxt);
    }

    /**
     * The query asks what cannot be given (an argument over a cap, or malformed): an error in the query's text found
     * as it runs, which Fuseki answers with 400 and the message, as it does for other late syntax errors.
     */
    private static QueryParseException refused(String detail) {
        return new QueryParseException("alu:tracePath: " + detail, -1, -1);
    }

    private static Node integer(int i) { return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger); }
}
