package org.alukg.replication;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The bookkeeping of replication, kept in the named graph {@link #GRAPH} of the TDB2 database itself, so that it
 * commits in the same transaction as the change it counts: on the writer, the number of the last committed change,
 * the outbox of changes not yet acknowledged by Kafka, and the offset of the last one that was; on a replica, the
 * number and the offset of the last change applied. It never travels in a patch. Every method runs inside a
 * transaction of the caller on {@link org.alukg.store.Store#database()}.
 */
public final class ReplicationGraph {
    public static final Node GRAPH = NodeFactory.createURI(Alu.GRAPH + "replication");
    private static final Node STATE = GRAPH;
    private static final Node LAST_CHANGE = NodeFactory.createURI(Alu.NS + "lastChange");
    private static final Node LAST_OFFSET = NodeFactory.createURI(Alu.NS + "lastOffset");
    private static final Node PATCH = NodeFactory.createURI(Alu.NS + "patch");
    private static final Node RESTORED = NodeFactory.createURI(Alu.NS + "restoredOffline");
    private static final String CHANGE = "urn:alukg:change:";

    private ReplicationGraph() {}

    /** The IRI that names change {@code n} in a patch header ({@code id}, {@code prev}). */
    public static Node changeId(long n) { return NodeFactory.createURI(CHANGE + n); }

    /** The number of a change named by {@link #changeId}. */
    public static long changeNumber(Node id) {
        if (id == null || !id.isURI() || !id.getURI().startsWith(CHANGE))
            throw new IllegalArgumentException("not an alukg change: " + id);
        return Long.parseLong(id.getURI().substring(CHANGE.length()));
    }

    /** The number of the last change committed (writer) or applied (replica); 0 before the first. */
    public static long lastChange(DatasetGraph db) { return number(db, LAST_CHANGE).orElse(0); }

    /** Whether this store has ever counted a change. */
    public static boolean counts(DatasetGraph db) { return number(db, LAST_CHANGE).isPresent(); }

    /** The Kafka offset of the last change acknowledged (writer) or applied (replica), if any. */
    public static OptionalLong lastOffset(DatasetGraph db) { return number(db, LAST_OFFSET); }

    public static void setLastChange(DatasetGraph db, long n) { set(db, LAST_CHANGE, n); }

    public static void setLastOffset(DatasetGraph db, long offset) { set(db, LAST_OFFSET, offset); }

    /** Puts change {@code n} (its message, header and body) in the outbox. */
    public static void enqueue(DatasetGraph db, long n, byte[] message) {
        db.add(GRAPH, changeId(n), PATCH, NodeFactory.createLiteralString(Base64.getEncoder().encodeToString(message)));
    }

    /** A change waiting in the outbox. */
    public record Pending(long number, byte[] message) {}

    /** The outbox, oldest first. */
    public static List<Pending> outbox(DatasetGraph db) {
        List<Pending> all = new ArrayList<>();
        db.find(GRAPH, Node.ANY, PATCH, Node.ANY).forEachRemaining(q ->
            all.add(new Pending(changeNumber(q.getSubject()), Base64.getDecoder().decode(q.getObject().getLiteralLexicalForm()))));
        all.sort(java.util.Comparator.comparingLong(Pending::number));
        return all;
    }

    /** How many changes wait in the outbox. */
    public static long waiting(DatasetGraph db) {
        long n = 0;
        for (Iterator<Quad> it = db.find(GRAPH, Node.ANY, PATCH, Node.ANY); it.hasNext(); it.next())
            n++;
        return n;
    }

    /** Takes change {@code n} out of the outbox. */
    public static void dequeue(DatasetGraph db, long n) { db.deleteAny(GRAPH, changeId(n), PATCH, Node.ANY); }

    /** Empties the outbox (a replica restored from a writer's backup has no use for the writer's). */
    public static void dropOutbox(DatasetGraph db) { db.deleteAny(GRAPH, Node.ANY, PATCH, Node.ANY); }

    /**
     * After a restore that replaced everything in {@code db} but this graph: puts this store's own bookkeeping
     * ({@code own}, read before the restore) back in place of the backup's, and, on a store that has counted changes,
     * marks it restored, so that a writer publishing from it next sends its whole content as a reset
     * ({@link #restoredOffline}). A store without bookkeeping of its own (a new replica) keeps the backup's: it says
     * where in the topic the backup stands.
     */
    public static void afterRestore(DatasetGraph db, List<Quad> own) {
        if (own.isEmpty())
            return;
        db.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        own.forEach(db::add);
        db.add(GRAPH, STATE, RESTORED, NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
    }

    /** This graph's quads, to keep across a restore. */
    public static List<Quad> bookkeeping(DatasetGraph db) {
        List<Quad> all = new ArrayList<>();
        db.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
        return all;
    }

    /** Whether the store was restored without publishing since (its next writer sends it whole, as a reset). */
    public static boolean restoredOffline(DatasetGraph db) { return db.contains(GRAPH, STATE, RESTORED, Node.ANY); }

    /** Clears the mark of {@link #restoredOffline}. */
    public static void published(DatasetGraph db) { db.deleteAny(GRAPH, STATE, RESTORED, Node.ANY); }

    /** Empties every graph of {@code db} but this one: what a replica does before it applies a reset. */
    public static void clearData(DatasetGraph db) {
        List<Node> graphs = new ArrayList<>();
        db.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs)
            if (!GRAPH.equals(g))
                db.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        db.deleteAny(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
    }

    private static OptionalLong number(DatasetGraph db, Node property) {
        Iterator<Quad> it = db.find(GRAPH, STATE, property, Node.ANY);
        return it.hasNext() ? OptionalLong.of(Long.parseLong(it.next().getObject().getLiteralLexicalForm())) : OptionalLong.empty();
    }

    private static void set(DatasetGraph db, Node property, long value) {
        db.deleteAny(GRAPH, STATE, property, Node.ANY);
        db.add(GRAPH, STATE, property, NodeFactory.createLiteralDT(Long.toString(value), org.apache.jena.datatypes.xsd.XSDDatatype.XSDlong));
    }
}
