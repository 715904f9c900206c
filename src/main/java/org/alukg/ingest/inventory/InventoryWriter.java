package org.alukg.ingest.inventory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alukg.ingest.format.ImportContext;
import org.alukg.store.Sha256;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The last stage: the triples of each row in the terms of the curated data. A new organisation gets its labels,
 * municipality, region, comment and confidence; every row adds its kinds, identifiers, industries and products, a
 * sourced and dated {@code alu:Source} (shared by rows with the same source and date), and an
 * {@code alu:SupplyRelationship} with the edge {@code alu:suppliesTo} per customer and per supplier.
 */
final class InventoryWriter {
    private static final Node ORG_IDENTIFIER = NodeFactory.createURI("http://www.w3.org/ns/org#identifier");
    private static final Node SCHEMA_URL = NodeFactory.createURI("http://schema.org/url");
    private static final Node MUNICIPALITY = Alu.property("municipality").asNode();
    private static final Node MAKES_PRODUCT = Alu.property("makesProduct").asNode();
    private static final Node CONFIDENCE = Alu.property("confidence").asNode();

    /** What was written: organisations created and linked, and the row each written node came from. */
    record Written(long created, long linked, Map<Node, String> locations) {}

    private final ImportContext context;
    private final KnownEntities known;
    private final Graph graph;
    private final Map<Node, String> locations = new LinkedHashMap<>();
    private final Map<String, Node> sources = new LinkedHashMap<>();
    private final Set<String> industries = new HashSet<>();

    InventoryWriter(ImportContext context, KnownEntities known) {
        this.context = context;
        this.known = known;
        this.graph = context.target();
    }

    Written write(List<MintedRow> rows) {
        Map<Long, Node> entityOfRow = new HashMap<>();
        Map<Node, String> labelOfNew = new HashMap<>();
        for (MintedRow m : rows) {
            entityOfRow.put(m.row().number(), m.entity());
            if (m.created())
                labelOfNew.put(m.entity(), m.row().label());
        }
        long created = 0, linked = 0;
        for (MintedRow m : rows) {
            CheckedRow row = m.row();
            Node e = m.entity();
            locations.putIfAbsent(e, row.row().where());
            Node source = source(row);
            if (m.created()) {
                created++;
                organisation(e, row);
            } else {
                linked++;
            }
            add(e, DCTerms.source.asNode(), source);
            if (row.neq() != null)
                add(e, ORG_IDENTIFIER, NodeFactory.createLiteralString(row.neq()));
            if (row.identifier() != null && EntityMatch.iriOf(row.identifier(), context.base()).isEmpty())
                add(e, ORG_IDENTIFIER, NodeFactory.createLiteralString(row.identifier()));
            row.kinds().forEach(k -> add(e, RDF.type.asNode(), k));
            row.industries().forEach(i -> add(e, Alu.industry.asNode(), i));
            row.products().forEach(p -> add(e, MAKES_PRODUCT, p));
            row.newIndustryCodes().forEach(this::industry);
            List<Reference> customers = m.matched().customers();
            for (int i = 0; i < customers.size(); i++)
                supply(row, e, node(customers.get(i), entityOfRow), row.products(), "c" + (i + 1), source, labelOfNew);
            List<Reference> suppliers = m.matched().suppliers();
            for (int i = 0; i < suppliers.size(); i++)
                supply(row, node(suppliers.get(i), entityOfRow), e, row.inputs(), "s" + (i + 1), source, labelOfNew);
        }
        return new Written(created, linked, locations);
    }

    private void organisation(Node e, CheckedRow row) {
        add(e, RDF.type.asNode(), Alu.Organization.asNode());
        add(e, RDFS.label.asNode(), NodeFactory.createLiteralLang(row.nameFr() != null ? row.nameFr() : row.nameEn(), "fr"));
        add(e, RDFS.label.asNode(), NodeFactory.createLiteralLang(row.nameEn() != null ? row.nameEn() : row.nameFr(), "en"));
        if (row.municipality() != null)
            add(e, MUNICIPALITY, NodeFactory.createLiteralString(row.municipality()));
        if (row.region() != null)
            add(e, Alu.region.asNode(), row.region());
        if (row.comment() != null)
            add(e, RDFS.comment.asNode(), NodeFactory.createLiteralLang(row.comment(), "en"));
        add(e, CONFIDENCE, row.confidence());
    }

    private static Node node(Reference r, Map<Long, Node> entityOfRow) {
        return r instanceof Reference.ToRow row ? entityOfRow.get(row.row()) : ((Reference.ToEntity) r).iri();
    }

    /** The source of a row: its own address and date, or this import's graph with the row's date. */
    private Node source(CheckedRow row) {
        String url = row.sourceUrl() != null ? row.sourceUrl() : context.graphName().getURI();
        String key = url + "\n" + row.date().getLiteralLexicalForm() + "\n" + (row.sourceTitle() == null ? "" : row.sourceTitle());
        return sources.computeIfAbsent(key, k -> {
            Node s = context.thing("source", "import-" + context.id() + "-" + Sha256.hex(k).substring(0, 8));
            add(s, RDF.type.asNode(), Alu.Source.asNode());
            add(s, SCHEMA_URL, NodeFactory.createURI(url));
            add(s, DCTerms.title.asNode(), NodeFactory.createLiteralString(
                row.sourceTitle() != null ? row.sourceTitle() : row.sourceUrl() != null ? row.sourceUrl() : "Import " + context.id()));
            add(s, DCTerms.date.asNode(), row.date());
            return s;
        });
    }

    private void supply(CheckedRow row, Node supplier, Node customer, List<Node> products, String suffix, Node source,
                        Map<Node, String> labelOfNew) {
        Node r = context.thing("supply", "import-" + context.id() + "-r" + row.number() + "-" + suffix);
        locations.putIfAbsent(r, row.row().where());
        add(r, RDF.type.asNode(), Alu.SupplyRelationship.asNode());
        add(r, Alu.supplier.asNode(), supplier);
        add(r, Alu.customer.asNode(), customer);
        products.forEach(p -> add(r, Alu.product.asNode(), p));
        add(r, RDFS.comment.asNode(), NodeFactory.createLiteralLang(name(supplier, labelOfNew) + " supplies "
            + name(customer, labelOfNew) + " (import " + context.id() + ", row " + row.number() + ")", "en"));
        add(r, DCTerms.source.asNode(), source);
        add(r, CONFIDENCE, row.confidence());
        add(supplier, Alu.suppliesTo.asNode(), customer);
    }

    private String name(Node n, Map<Node, String> labelOfNew) {
        String label = labelOfNew.get(n);
        return label != null ? label : known.label(n);
    }

    /** A SCIAN code not yet in the industries scheme becomes a concept of it (once per import). */
    private void industry(String code) {
        if (!industries.add(code))
            return;
        Node i = context.thing("industry", "scian-" + code);
        add(i, RDF.type.asNode(), Alu.Industry.asNode());
        add(i, SKOS.inScheme.asNode(), context.thing("scheme", "industries"));
        add(i, SKOS.notation.asNode(), NodeFactory.createLiteralString(code));
        for (String lang : new String[] {"en", "fr"}) {
            add(i, RDFS.label.asNode(), NodeFactory.createLiteralLang("SCIAN " + code, lang));
            add(i, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("SCIAN " + code, lang));
        }
    }

    private void add(Node s, Node p, Node o) { graph.add(Triple.create(s, p, o)); }
}
