package org.alukg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What an importer writes to and reports into, during one import inside the gate's write transaction: the
 * graph of the import, the rest of the store (to link to what is there), the import's id and source, and the
 * tallies of the report.
 */
public final class ImportContext {
    private final Graph target;
    private final DatasetGraph store;
    private final String id;
    private final Node graphName;
    private final String importedAt;
    private final boolean skipBadRows;
    private final ColumnMapping mapping;
    private final List<ImportReport.Rejected> rejected = new ArrayList<>();
    private final Map<Node, String> locations = new HashMap<>();
    private long rows, created, linked;
    /** The SHA-256 of the input, once read. */
    String digest;

    ImportContext(Graph target, DatasetGraph store, String id, Node graphName, String importedAt, boolean skipBadRows,
                  ColumnMapping mapping) {
        this.target = target;
        this.store = store;
        this.id = id;
        this.graphName = graphName;
        this.importedAt = importedAt;
        this.skipBadRows = skipBadRows;
        this.mapping = mapping;
    }

    /** The named graph of this import, inside the write transaction. */
    public Graph target() { return target; }
    /** The whole store, inside the same transaction: read it to link to what is already there. */
    public DatasetGraph store() { return store; }
    public String id() { return id; }
    public Node graphName() { return graphName; }
    /** When this import runs, as an xsd:dateTime lexical form. */
    public String importedAt() { return importedAt; }
    public ColumnMapping mapping() { return mapping; }

    /**
     * A row is wrong: with {@code --skip-bad-rows} it is left out and reported, otherwise the import is refused.
     * {@code where} names the file and row (and column), {@code error} reads "what failed: offending value".
     */
    public void badRow(long row, String where, String error, Map<String, Object> values) {
        if (!skipBadRows)
            throw new ImportException(where + ": " + error);
        rejected.add(new ImportReport.Rejected(row, where, error, values));
    }

    /** Remembers where a node of the import came from, for SHACL messages. */
    public void located(Node node, String where) { locations.putIfAbsent(node, where); }
    public String location(Node node) { return locations.get(node); }

    public void countRows(long n) { rows += n; }
    public void countCreated() { created++; }
    public void countLinked() { linked++; }

    public long rows() { return rows; }
    public long created() { return created; }
    public long linked() { return linked; }
    public List<ImportReport.Rejected> rejected() { return rejected; }
}
