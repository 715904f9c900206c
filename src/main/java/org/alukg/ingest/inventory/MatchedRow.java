package org.alukg.ingest.inventory;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A checked row, matched: the organisation of the graph it is ({@code existing}, null when it is a new one), and its
 * customers and suppliers resolved to entities or rows.
 */
record MatchedRow(CheckedRow row, Node existing, List<Reference> customers, List<Reference> suppliers) {
    MatchedRow {
        customers = List.copyOf(customers);
        suppliers = List.copyOf(suppliers);
    }

    boolean isNew() { return existing == null; }
}
