package org.alukg.ingest.rdf;

import org.alukg.ingest.format.ImportContext;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/** Hears Rio's statements and adds them, as Jena triples, to the import's graph, counting them for progress. */
final class GraphWriter extends AbstractRDFHandler {
    /** How often progress is told, in statements. */
    private static final int TICK = 10_000;

    private final Graph target;
    private final RioTerms terms;
    private final ImportContext context;
    private long count;

    GraphWriter(Graph target, String blankNodeSalt, ImportContext context) {
        this.target = target;
        this.terms = new RioTerms(blankNodeSalt);
        this.context = context;
    }

    @Override
    public void handleStatement(Statement st) {
        target.add(Triple.create(terms.node(st.getSubject()), terms.node(st.getPredicate()), terms.node(st.getObject())));
        if (++count % TICK == 0)
            context.itemsRead(count);
    }

    long count() { return count; }
}
