package org.alukg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.alukg.ingest.format.ImportTally;
import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The record of imports in the meta graph: one {@code alu:Import} per import graph with its file name, SHA-256,
 * time, format, who and counts; and what a new import's content means given that record — new, a replacement, the
 * same content already there (under this name or another), or a clash with other content under the same name.
 */
final class ImportLedger {
    static final Node IMPORT = Alu.resource("Import").asNode();
    static final Node FILE_NAME = Alu.property("fileName").asNode();
    static final Node ROWS = Alu.property("rowCount").asNode();
    static final Node TRIPLES = Alu.property("tripleCount").asNode();
    static final Node CREATED = Alu.property("entitiesCreated").asNode();
    static final Node LINKED = Alu.property("entitiesLinked").asNode();
    static final Node REJECTED = Alu.property("rowsRejected").asNode();

    /** What to do with content just read under an import's name. */
    enum Step { WRITE, REPLACE, UNCHANGED, CONFLICT }

    /**
     * The ledger's decision: the step, the id of the import that holds the content (for {@code UNCHANGED}), and the
     * message to report.
     */
    record Decision(Step step, String holder, String message) {}

    static Node graphOf(String id) { return NodeFactory.createURI(Alu.GRAPH_IMPORT_PREFIX + id); }

    static String idOf(Node graph) { return graph.getURI().substring(Alu.GRAPH_IMPORT_PREFIX.length()); }

    /** The imports, newest first. */
    List<ImportProvenance> list(DatasetGraph dsg) {
        List<ImportProvenance> out = new ArrayList<>();
        dsg.find(Alu.GRAPH_META, Node.ANY, RDF.type.asNode(), IMPORT).forEachRemaining(q -> out.add(describe(dsg, q.getSubject())));
        out.sort(Comparator.comparing((ImportProvenance p) -> String.valueOf(p.importedAt())).reversed());
        return out;
    }

    /** One import, if there is one of that id. */
    Optional<ImportProvenance> get(DatasetGraph dsg, String id) {
        Node graph = graphOf(id);
        return dsg.contains(Alu.GRAPH_META, graph, RDF.type.asNode(), IMPORT) ? Optional.of(describe(dsg, graph)) : Optional.empty();
    }

    /** The SHA-256 recorded for the import graph {@code graph}, if it is an import. */
    Optional<String> digestOf(DatasetGraph dsg, Node graph) {
        return Optional.ofNullable(literal(dsg, graph, Alu.contentDigest.asNode()));
    }

    /**
     * What content with {@code digest}, just read for the import {@code id} (whose earlier content had the digest
     * {@code earlier}), means: the same content again changes nothing, wherever it is; other content under a name
     * taken is refused unless {@code replace}.
     */
    Decision decide(DatasetGraph dsg, String id, Optional<String> earlier, String digest, boolean replace) {
        if (earlier.isPresent() && earlier.get().equals(digest))
            return new Decision(Step.UNCHANGED, id, "already imported as " + id + " (same SHA-256)");
        Optional<String> holder = holderOf(dsg, digest);
        if (holder.isPresent())
            return new Decision(Step.UNCHANGED, holder.get(), "this file is already imported as " + holder.get());
        if (earlier.isEmpty())
            return new Decision(Step.WRITE, id, "imported " + id);
        if (replace)
            return new Decision(Step.REPLACE, id, "replaced " + id);
        return new Decision(Step.CONFLICT, id, "an import named " + id + " already exists with other content: "
                                               + "pass --replace (or replace=true) to swap it, or give another --name");
    }

    /** The id of an import whose content has this digest. */
    private static Optional<String> holderOf(DatasetGraph dsg, String digest) {
        var it = dsg.find(Alu.GRAPH_META, Node.ANY, Alu.contentDigest.asNode(), NodeFactory.createLiteralString(digest));
        while (it.hasNext()) {
            Node s = it.next().getSubject();
            if (s.isURI() && s.getURI().startsWith(Alu.GRAPH_IMPORT_PREFIX))
                return Optional.of(idOf(s));
        }
        return Optional.empty();
    }

    /** The provenance of an import, for the meta graph. */
    static List<Quad> provenance(Node graph, String id, String fileName, String format, String digest, String importedAt,
                                 String who, ImportTally tally, long triples) {
        Node m = Alu.GRAPH_META;
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(m, graph, RDF.type.asNode(), IMPORT));
        q.add(Quad.create(m, graph, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id)));
        q.add(Quad.create(m, graph, FILE_NAME, NodeFactory.createLiteralString(fileName)));
        q.add(Quad.create(m, graph, DCTerms.format.asNode(), NodeFactory.createLiteralString(format)));
        q.add(Quad.create(m, graph, Alu.contentDigest.asNode(), NodeFactory.createLiteralString(digest)));
        q.add(Quad.create(m, graph, Alu.loadedAt.asNode(), NodeFactory.createLiteralDT(importedAt, XSDDatatype.XSDdateTime)));
        q.add(Quad.create(m, graph, DCTerms.creator.asNode(), NodeFactory.createLiteralString(who == null ? "unknown" : who)));
        q.add(Quad.create(m, graph, ROWS, count(tally.items())));
        q.add(Quad.create(m, graph, TRIPLES, count(triples)));
        q.add(Quad.create(m, graph, CREATED, count(tally.created())));
        q.add(Quad.create(m, graph, LINKED, count(tally.linked())));
        q.add(Quad.create(m, graph, REJECTED, count(tally.rejected().size())));
        return q;
    }

    private static Node count(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private static ImportProvenance describe(DatasetGraph dsg, Node graph) {
        return new ImportProvenance(idOf(graph), graph.getURI(), literal(dsg, graph, FILE_NAME),
                                    literal(dsg, graph, DCTerms.format.asNode()), literal(dsg, graph, Alu.contentDigest.asNode()),
                                    literal(dsg, graph, Alu.loadedAt.asNode()), literal(dsg, graph, DCTerms.creator.asNode()),
                                    number(dsg, graph, ROWS), number(dsg, graph, TRIPLES), number(dsg, graph, CREATED),
                                    number(dsg, graph, LINKED), number(dsg, graph, REJECTED));
    }

    private static Long number(DatasetGraph dsg, Node graph, Node p) {
        String v = literal(dsg, graph, p);
        return v == null ? null : Long.parseLong(v);
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Alu.GRAPH_META, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
