package org.alukg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.pfunction.PropertyFunction;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Symbol;

/**
 * What our SPARQL property functions ({@code alu:tracePath}, {@code alu:search}) share: how one is switched on for a
 * dataset, with the service it answers from in the dataset's context, and how a row of its answer is bound.
 */
public final class PropertyFunctions {
    private PropertyFunctions() {}

    /**
     * Makes the function {@code iri} answer on {@code dsg}: registers {@code function} with ARQ's global registry (once)
     * and puts {@code service} in the dataset's context under {@code key}, where the function finds it as it runs.
     */
    public static synchronized void enable(DatasetGraph dsg, String iri, Class<? extends PropertyFunction> function,
                                           Symbol key, Object service) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.get();
        if (!registry.isRegistered(iri))
            registry.put(iri, function);
        dsg.getContext().set(key, service);
    }

    /** {@code parent} with {@code term} bound to {@code value}, or null when {@code term} is fixed to another value. */
    public static Binding bind(Binding parent, Node term, Node value) {
        if (Var.isVar(term)) {
            Var v = Var.alloc(term);
            Node already = parent.get(v);
            if (already != null)
                return already.sameValueAs(value) ? parent : null;
            BindingBuilder b = Binding.builder(parent);
            b.add(v, value);
            return b.build();
        }
        return term.sameValueAs(value) ? parent : null;
    }
}
