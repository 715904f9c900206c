package org.alukg.ingest;

import java.util.HashSet;
import java.util.Set;

import org.alukg.inference.RdfsClosure;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The asserted data of a dataset — every named graph {@link RdfsClosure#isAsserted} names, each triple once — as one
 * graph that SHACL can search. Each question is one search of the dataset's quads across graphs (for TDB2, one range
 * of one of its quad indexes), however many named graphs the store holds: a union of the graphs one by one would ask
 * every graph in turn.
 */
final class AssertedView extends GraphBase {
    private final DatasetGraph dsg;

    AssertedView(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Set<Triple> seen = new HashSet<>();
        return WrappedIterator.create(dsg.find(Quad.ANY.getGraph(), pattern.getSubject(), pattern.getPredicate(), pattern.getObject()))
                              .filterKeep(q -> !q.isDefaultGraph() && RdfsClosure.isAsserted(q.getGraph()))
                              .mapWith(Quad::asTriple)
                              .filterKeep(seen::add);
    }
}
