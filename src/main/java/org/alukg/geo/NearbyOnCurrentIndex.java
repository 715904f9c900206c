package org.alukg.geo;

import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.geosparql.spatial.property_functions.nearby.NearbyPF;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.pfunction.PropFuncArg;

/**
 * {@code spatial:nearby} as jena-geosparql has it, on the index of the data the query reads: before the query runs,
 * the store's {@link CurrentSpatialIndex} (from the dataset's context) puts the index of the current data version
 * into the query's own context, where Jena's function looks for it.
 */
public final class NearbyOnCurrentIndex extends NearbyPF {
    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        CurrentSpatialIndex indexes = execCxt.getContext().get(CurrentSpatialIndex.KEY);
        if (indexes != null)
            SpatialIndexLib.setSpatialIndex(execCxt.getContext(), indexes.current());
        super.build(subject, predicate, object, execCxt);
    }
}
