package org.alukg.replication;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's query engine for a {@link CapturingDataset}: TDB2 takes only its own datasets, so without this a query on the
 * writer would fall to ARQ's general engine, slower and blind to the union default graph. Queries run on the TDB2
 * storage under the wrapper, which adds nothing to reads.
 */
final class TdbEngineForCapture implements QueryEngineFactory {
    private static final TdbEngineForCapture INSTANCE = new TdbEngineForCapture();
    private static boolean registered;

    /** Registers the engine with ARQ, once per JVM. */
    static synchronized void register() {
        if (!registered) {
            QueryEngineRegistry.addFactory(INSTANCE);
            registered = true;
        }
    }

    private static DatasetGraph storage(DatasetGraph dsg) {
        return TDBInternal.requireStorage(((CapturingDataset) dsg).getWrapped());
    }

    @Override public boolean accept(Query query, DatasetGraph dsg, Context context) { return dsg instanceof CapturingDataset; }

    @Override public boolean accept(Op op, DatasetGraph dsg, Context context) { return dsg instanceof CapturingDataset; }

    @Override
    public Plan create(Query query, DatasetGraph dsg, Binding input, Context context) {
        return QueryEngineTDB.getFactory().create(query, storage(dsg), input, context);
    }

    @Override
    public Plan create(Op op, DatasetGraph dsg, Binding input, Context context) {
        return QueryEngineTDB.getFactory().create(op, storage(dsg), input, context);
    }
}
