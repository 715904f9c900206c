package org.alukg.ingest.format;

import java.nio.file.Path;
import java.util.Optional;

import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What an importer is given for one import, inside the gate's write transaction: the graph of the import to write
 * into, the rest of the store (to link to what is there), the import's id, graph name and time, the public base of
 * our IRIs, and a column mapping file when one was given. It hears how many items were read so far, for progress;
 * everything else an importer learns it returns in its {@link ImportTally}.
 */
public final class ImportContext {
    private final Graph target;
    private final DatasetGraph store;
    private final String id;
    private final Node graphName;
    private final String importedAt;
    private final String base;
    private final Path mappingFile;
    private long itemsRead;

    public ImportContext(Graph target, DatasetGraph store, String id, Node graphName, String importedAt, String base,
                         Path mappingFile) {
        this.target = target;
        this.store = store;
        this.id = id;
        this.graphName = graphName;
        this.importedAt = importedAt;
        this.base = base;
        this.mappingFile = mappingFile;
    }

    /** The named graph of this import, inside the write transaction. */
    public Graph target() { return target; }
    /** The whole store, inside the same transaction: read it to link to what is already there. */
    public DatasetGraph store() { return store; }
    public String id() { return id; }
    public Node graphName() { return graphName; }
    /** When this import runs, as an xsd:dateTime lexical form. */
    public String importedAt() { return importedAt; }
    /** The public base of our IRIs, ending in '/': short forms such as {@code org/x} name things under it. */
    public String base() { return base; }
    /** The column mapping file (YAML or JSON) of an inventory, when one was given. */
    public Optional<Path> mappingFile() { return Optional.ofNullable(mappingFile); }

    /** The IRI of one of our things: {@code kind/slug} under the base. */
    public Node thing(String kind, String slug) { return NodeFactory.createURI(new ShortForm(kind, slug).iri(base)); }

    /** So many rows or triples read so far (for progress; the final count is in the tally). */
    public void itemsRead(long n) { itemsRead = n; }
    public long itemsRead() { return itemsRead; }
}
