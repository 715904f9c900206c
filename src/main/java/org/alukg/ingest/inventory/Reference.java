package org.alukg.ingest.inventory;

import org.apache.jena.graph.Node;

/** What a customer or supplier of a row names: an organisation or facility of the graph, or another row of the file. */
sealed interface Reference {
    /** An organisation or facility already in the store (or the one a row of the file is linked to). */
    record ToEntity(Node iri) implements Reference {}

    /** A row of the file that becomes a new organisation; its IRI is minted later. */
    record ToRow(long row) implements Reference {}
}
