package org.alukg.ingest.format;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * What an importer read and wrote: the items read (rows of an inventory, rejected ones included; triples of RDF),
 * the organisations it created and linked, the rows it left out with their errors, and where each node it wrote
 * came from (a file and row, for the messages of SHACL violations).
 */
public record ImportTally(long items, long created, long linked, List<RejectedRow> rejected, Map<Node, String> locations) {
    public ImportTally {
        rejected = List.copyOf(rejected);
        locations = Map.copyOf(locations);
    }

    /** RDF: so many triples, no rows. */
    public static ImportTally triples(long count) { return new ImportTally(count, 0, 0, List.of(), Map.of()); }

    /** True when there were rows and none of them was good. */
    public boolean everyRowRejected() { return items > 0 && rejected.size() == items; }

    /** Where a node of the import came from, or null. */
    public String location(Node node) { return locations.get(node); }

    /** Every error of every rejected row, one line each: "firms.csv row 3 (line 4), column date: expected …". */
    public List<String> errorLines() {
        return rejected.stream().flatMap(r -> r.errors().stream()).map(RejectedRow.Error::line).toList();
    }
}
