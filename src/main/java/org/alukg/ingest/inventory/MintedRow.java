package org.alukg.ingest.inventory;

import org.apache.jena.graph.Node;

/** A matched row with the IRI it is written under: the existing organisation's, or one minted for it ({@code created}). */
record MintedRow(MatchedRow matched, Node entity, boolean created) {
    CheckedRow row() { return matched.row(); }
}
