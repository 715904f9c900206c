package org.alukg.ingest.inventory;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A row whose every value is right, turned into terms: its names, NEQ and identifier, the classes of its kinds, its
 * region, industries (with the SCIAN codes that are not yet in the graph), products and inputs, the date its facts
 * hold for, its source and confidence. Its customers and suppliers are still names; the match stage resolves them.
 */
record CheckedRow(InventoryRow row, String nameFr, String nameEn, String neq, String identifier, List<Node> kinds,
                  String municipality, Node region, List<Node> industries, List<String> newIndustryCodes,
                  List<Node> products, List<Node> inputs, Node date, String sourceUrl, String sourceTitle,
                  Node confidence, String comment) {
    long number() { return row.number(); }

    /** Its name for people: English if given, else French. */
    String label() { return nameEn != null ? nameEn : nameFr; }

    List<String> customers() { return row.list("customers"); }

    List<String> suppliers() { return row.list("suppliers"); }
}
