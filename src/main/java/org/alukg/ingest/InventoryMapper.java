package org.alukg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns inventory rows into the terms of the curated data: an organisation per establishment (or a link to
 * the one already in the graph), its kinds, municipality, region, industries and products, a sourced and
 * dated {@code alu:Source} per row, and an {@code alu:SupplyRelationship} (with the edge {@code alu:suppliesTo})
 * per customer and supplier. Rows are checked first, references resolved next, then everything is written.
 */
final class InventoryMapper {
    /** Columns every inventory has (besides a name in French or English). */
    static final List<String> REQUIRED = List.of("kind", "date");

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node ORG_IDENTIFIER = NodeFactory.createURI(ORG + "identifier");
    private static final Node SCHEMA_URL = NodeFactory.createURI("http://schema.org/url");
    private static final Node INDUSTRIES_SCHEME = NodeFactory.createURI(Alu.id("scheme", "industries"));
    private static final Node MUNICIPALITY = Alu.property("municipality").asNode();
    private static final Node MAKES_PRODUCT = Alu.property("makesProduct").asNode();
    private static final Node CONFIDENCE = Alu.property("confidence").asNode();

    /** The kinds of the template and the classes they map to; French words accepted too. */
    private static final Map<String, String> KINDS = Map.ofEntries(
        Map.entry("producer", "Producer"), Map.entry("producteur", "Producer"),
        Map.entry("supplier", "Supplier"), Map.entry("fournisseur", "Supplier"),
        Map.entry("processor", "Processor"), Map.entry("transformateur", "Processor"),
        Map.entry("first-transformer", "FirstTransformer"), Map.entry("second-transformer", "SecondTransformer"),
        Map.entry("third-transformer", "ThirdTransformer"),
        Map.entry("manufacturer", "Manufacturer"), Map.entry("fabricant", "Manufacturer"),
        Map.entry("recycler", "Recycler"), Map.entry("recycleur", "Recycler"),
        Map.entry("research-centre", "ResearchCentre"), Map.entry("research-center", "ResearchCentre"),
        Map.entry("centre-de-recherche", "ResearchCentre"),
        Map.entry("training-centre", "TrainingCentre"), Map.entry("centre-de-formation", "TrainingCentre"),
        Map.entry("association", "Association"), Map.entry("authority", "Authority"), Map.entry("autorite", "Authority"),
        Map.entry("cluster-body", "ClusterBody"));
    private static final Map<String, String> CONFIDENCES = Map.of(
        "high", "HighConfidence", "medium", "MediumConfidence", "low", "LowConfidence",
        "haute", "HighConfidence", "moyenne", "MediumConfidence", "basse", "LowConfidence");

    private final ImportContext ctx;
    private final ColumnMapping mapping;
    private final Graph g;

    InventoryMapper(ImportContext ctx) {
        this.ctx = ctx;
        this.mapping = ctx.mapping();
        this.g = ctx.target();
    }

    /** A row that passed its checks, with everything it names resolved. */
    private static final class Planned {
        InventoryRow row;
        String nameFr, nameEn, neq, identifier, municipality, sourceUrl, sourceTitle, comment;
        Node date, region, confidence, entity;
        boolean created;
        List<Node> kinds = new ArrayList<>(), industries = new ArrayList<>(), products = new ArrayList<>(), inputs = new ArrayList<>();
        List<String> mintedIndustries = new ArrayList<>();
        List<Node> customers = new ArrayList<>(), suppliers = new ArrayList<>();
        String label() { return nameEn != null ? nameEn : nameFr; }
    }

    /** A row turned down, with its reason. */
    private static final class RowError extends RuntimeException {
        final String field;
        RowError(String field, String message) { super(message, null, false, false); this.field = field; }
    }

    void map(List<InventoryRow> rows) {
        ctx.countRows(rows.size() + ctx.rejected().size());
        EntityMatcher matcher = new EntityMatcher(ctx.store());
        Concepts concepts = new Concepts(ctx.store());
        List<Planned> planned = new ArrayList<>();
        Map<String, Planned> seen = new HashMap<>();
        for (InventoryRow row : rows) {
            try {
                Planned p = check(row, matcher, concepts);
                String key = p.neq != null ? "neq " + p.neq
                    : EntityMatcher.normalise(p.label()) + " @ " + (p.municipality == null ? "" : EntityMatcher.normalise(p.municipality));
                Planned earlier = seen.putIfAbsent(key, p);
                if (earlier != null)
                    throw new RowError(p.neq != null ? "neq" : "name_fr", "the same establishment as row " + earlier.row.number()
                                       + ": " + (p.neq != null ? p.neq : p.label()));
                planned.add(p);
            } catch (RowError e) {
                reject(row, e);
            }
        }
        resolveReferences(planned, matcher);
        mint(planned, matcher);
        write(planned, matcher);
    }

    private void reject(InventoryRow row, RowError e) {
        ctx.badRow(row.number(), e.field == null ? row.where() : row.at(e.field, mapping), e.getMessage(), row.values());
    }

    private Planned check(InventoryRow row, EntityMatcher matcher, Concepts concepts) {
        Planned p = new Planned();
        p.row = row;
        p.nameFr = row.text("name_fr");
        p.nameEn = row.text("name_en");
        if (p.nameFr == null && p.nameEn == null)
            throw new RowError("name_fr", "no name: both " + mapping.column("name_fr") + " and " + mapping.column("name_en") + " are empty");
        String neq = row.text("neq");
        if (neq != null) {
            p.neq = neq.replaceAll("[\\s-]", "");
            if (!p.neq.matches("\\d{10}"))
                throw new RowError("neq", "expected a NEQ of 10 digits: found '" + neq + "'");
        }
        p.identifier = row.text("identifier");
        List<String> kinds = row.list("kind");
        if (kinds.isEmpty())
            throw new RowError("kind", "no kind: expected one or more of " + String.join(", ", new java.util.TreeSet<>(KINDS.keySet())));
        for (String k : kinds) {
            String cls = KINDS.get(EntityMatcher.slug(mapping.kind(k)));
            if (cls == null)
                throw new RowError("kind", "unknown kind: '" + k + "' (expected one of producer, supplier, processor, "
                                   + "first-transformer, second-transformer, third-transformer, manufacturer, recycler, "
                                   + "research-centre, training-centre, association, authority, cluster-body)");
            p.kinds.add(Alu.resource(cls).asNode());
        }
        p.municipality = row.text("municipality");
        String region = row.text("region");
        if (region != null) {
            p.region = concepts.find(Alu.Region.asNode(), region);
            if (p.region == null)
                throw new RowError("region", "unknown region: '" + region + "' (expected an administrative region of Québec, "
                                   + "by name or two-digit code, e.g. Saguenay–Lac-Saint-Jean or 02)");
        }
        for (String ind : row.list("industries")) {
            Node n = concepts.find(Alu.Industry.asNode(), ind);
            if (n == null && ind.matches("\\d{2,6}")) {
                n = NodeFactory.createURI(Alu.id("industry", "scian-" + ind));
                p.mintedIndustries.add(ind);
            }
            if (n == null)
                throw new RowError("industries", "unknown industry: '" + ind + "' (expected a SCIAN code of 2 to 6 digits, or an industry of the graph)");
            p.industries.add(n);
        }
        p.products = products(row, "products", concepts);
        p.inputs = products(row, "inputs", concepts);
        if (!row.list("customers").isEmpty() && p.products.isEmpty())
            throw new RowError("products", "no products for the customers: say what this establishment supplies them");
        if (!row.list("suppliers").isEmpty() && p.inputs.isEmpty())
            throw new RowError("inputs", "no inputs for the suppliers: say what they supply to this establishment");
        p.date = date(row.text("date"));
        String url = row.text("source_url");
        if (url != null) {
            try {
                IRIx iri = IRIx.create(url);
                if (!iri.isAbsolute() || !(url.startsWith("http://") || url.startsWith("https://")))
                    throw new IRIException("not an absolute http(s) address");
            } catch (IRIException e) {
                throw new RowError("source_url", "expected an http(s) address: found '" + url + "'");
            }
            p.sourceUrl = url;
        }
        p.sourceTitle = row.text("source_title");
        String conf = row.text("confidence");
        String c = CONFIDENCES.get(conf == null ? "medium" : conf.toLowerCase(java.util.Locale.ROOT));
        if (c == null)
            throw new RowError("confidence", "expected high, medium or low: found '" + conf + "'");
        p.confidence = Alu.resource(c).asNode();
        p.comment = row.text("comment");
        p.entity = match(p, matcher);
        p.created = p.entity == null;
        return p;
    }

    private List<Node> products(InventoryRow row, String field, Concepts concepts) {
        List<Node> out = new ArrayList<>();
        for (String s : row.list(field)) {
            Node n = concepts.find(Alu.Product.asNode(), s);
            if (n == null)
                throw new RowError(field, "unknown product: '" + s + "' (expected a product of the graph by name or slug, e.g. "
                                   + "extrusions, billet, rolling-slab, molten-metal, equipment, services)");
            out.add(n);
        }
        return out;
    }

    private Node date(String text) {
        if (text == null)
            throw new RowError("date", "no date: every row needs the date its facts hold for (YYYY, YYYY-MM or YYYY-MM-DD)");
        try {
            if (text.matches("\\d{4}"))
                return NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYear);
            if (text.matches("\\d{4}-(0[1-9]|1[0-2])"))
                return NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYearMonth);
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(text);
                return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new RowError("date", "expected a date YYYY, YYYY-MM or YYYY-MM-DD: found '" + text + "'");
    }

    /** The organisation of the graph this row is, by identifier, else by name and municipality; null for a new one. */
    private Node match(Planned p, EntityMatcher matcher) {
        for (String id : new String[] {p.neq, p.identifier}) {
            if (id == null)
                continue;
            Node iri = EntityMatcher.iriOf(id);
            if (iri != null) {
                if (!matcher.exists(iri))
                    throw new RowError("identifier", "unknown alukg entity: " + id);
                return iri;
            }
            Set<Node> found = matcher.byIdentifier(id);
            if (found.size() == 1)
                return found.iterator().next();
            if (found.size() > 1)
                throw new RowError(id.equals(p.neq) ? "neq" : "identifier", "ambiguous identifier: " + id + " is held by " + names(found));
        }
        Set<Node> byName = new LinkedHashSet<>();
        if (p.nameFr != null)
            byName.addAll(matcher.byName(p.nameFr));
        if (p.nameEn != null)
            byName.addAll(matcher.byName(p.nameEn));
        if (byName.isEmpty())
            return null;
        if (p.municipality != null) {
            List<Node> there = matcher.inMunicipality(byName, p.municipality);
            if (there.size() == 1)
                return there.get(0);
            if (there.isEmpty() && byName.size() == 1 && !matcher.hasMunicipality(byName.iterator().next()))
                return byName.iterator().next();
            throw new RowError("name_fr", "ambiguous match: '" + p.label() + "' in " + p.municipality + " could be "
                               + names(there.isEmpty() ? byName : new LinkedHashSet<>(there))
                               + "; give its identifier (an alukg IRI such as org/slug, or its NEQ) to link, or another name");
        }
        if (byName.size() == 1)
            return byName.iterator().next();
        throw new RowError("name_fr", "ambiguous match: '" + p.label() + "' could be " + names(byName)
                           + "; give a municipality or its identifier");
    }

    private static String names(Set<Node> nodes) {
        return nodes.stream().map(n -> n.getURI().replace(Alu.ID, "")).collect(Collectors.joining(", "));
    }

    /** Resolves customers and suppliers; rows whose references fail are rejected, until none fails. */
    private void resolveReferences(List<Planned> planned, EntityMatcher matcher) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Planned>> byKey = new HashMap<>();
            for (Planned p : planned) {
                for (String k : new String[] {p.neq, p.identifier, p.nameFr, p.nameEn})
                    if (k != null)
                        byKey.computeIfAbsent(k.equals(p.nameFr) || k.equals(p.nameEn) ? "name " + EntityMatcher.normalise(k) : "id " + k,
                                              x -> new ArrayList<>()).add(p);
            }
            for (var it = planned.iterator(); it.hasNext();) {
                Planned p = it.next();
                try {
                    p.customers = resolve(p, "customers", byKey, matcher);
                    p.suppliers = resolve(p, "suppliers", byKey, matcher);
                } catch (RowError e) {
                    reject(p.row, e);
                    it.remove();
                    changed = true;
                }
            }
        }
    }

    /** References are resolved to entities of the graph or to rows; rows are marked by a placeholder until minted. */
    private List<Node> resolve(Planned p, String field, Map<String, List<Planned>> rows, EntityMatcher matcher) {
        List<Node> out = new ArrayList<>();
        for (String ref : p.row.list(field)) {
            Node iri = EntityMatcher.iriOf(ref);
            if (iri != null) {
                if (!matcher.exists(iri))
                    throw new RowError(field, "unknown organisation or facility: " + ref);
                out.add(iri);
                continue;
            }
            Set<Object> candidates = new LinkedHashSet<>();
            List<Planned> inFile = rows.getOrDefault("id " + ref, List.of());
            candidates.addAll(inFile);
            candidates.addAll(matcher.byIdentifier(ref));
            if (candidates.isEmpty()) {
                candidates.addAll(rows.getOrDefault("name " + EntityMatcher.normalise(ref), List.of()));
                candidates.addAll(matcher.byName(ref));
            }
            // a row linked to an entity of the graph and that entity are one candidate
            Set<Object> distinct = new LinkedHashSet<>();
            for (Object c : candidates)
                distinct.add(c instanceof Planned q && !q.created ? q.entity : c);
            if (distinct.isEmpty())
                throw new RowError(field, "unknown organisation: '" + ref + "' (not a row of this file nor in the graph; "
                                   + "give its alukg IRI such as org/rio-tinto, its NEQ, or add a row for it)");
            if (distinct.size() > 1)
                throw new RowError(field, "ambiguous reference: '" + ref + "' could be " + distinct.stream()
                    .map(c -> c instanceof Planned q ? "row " + q.row.number() : ((Node) c).getURI().replace(Alu.ID, ""))
                    .collect(Collectors.joining(", ")) + "; give an identifier");
            Object only = distinct.iterator().next();
            if (only == p || only == p.entity && p.entity != null)
                throw new RowError(field, "refers to itself: '" + ref + "'");
            out.add(only instanceof Planned q ? placeholder(q) : (Node) only);
        }
        return out;
    }

    private final Map<Node, Planned> placeholders = new HashMap<>();

    private Node placeholder(Planned q) {
        Node n = NodeFactory.createBlankNode("row-" + q.row.number());
        placeholders.put(n, q);
        return n;
    }

    /** Gives each new organisation an IRI from its name, not used by anything in the store or this import. */
    private void mint(List<Planned> planned, EntityMatcher matcher) {
        Set<Node> taken = new HashSet<>();
        for (Planned p : planned) {
            if (!p.created)
                continue;
            String base = EntityMatcher.slug(p.nameFr != null ? p.nameFr : p.nameEn);
            if (base.isEmpty())
                base = "row-" + p.row.number();
            Node iri = NodeFactory.createURI(Alu.id("org", base));
            if (p.municipality != null && (inUse(iri, matcher) || taken.contains(iri)))
                iri = NodeFactory.createURI(Alu.id("org", base + "-" + EntityMatcher.slug(p.municipality)));
            for (int i = 2; inUse(iri, matcher) || taken.contains(iri); i++)
                iri = NodeFactory.createURI(Alu.id("org", base + "-" + i));
            taken.add(iri);
            p.entity = iri;
        }
    }

    private boolean inUse(Node iri, EntityMatcher matcher) {
        return matcher.exists(iri) || ctx.store().find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext();
    }

    private Node real(Node n) {
        Planned q = placeholders.get(n);
        return q == null ? n : q.entity;
    }

    private void write(List<Planned> planned, EntityMatcher matcher) {
        Map<String, Node> sources = new LinkedHashMap<>();
        Set<String> minted = new HashSet<>();
        for (Planned p : planned) {
            Node e = p.entity;
            String where = p.row.where();
            ctx.located(e, where);
            Node source = source(p, sources);
            if (p.created) {
                ctx.countCreated();
                add(e, RDF.type.asNode(), Alu.Organization.asNode());
                add(e, RDFS.label.asNode(), NodeFactory.createLiteralLang(p.nameFr != null ? p.nameFr : p.nameEn, "fr"));
                add(e, RDFS.label.asNode(), NodeFactory.createLiteralLang(p.nameEn != null ? p.nameEn : p.nameFr, "en"));
                if (p.municipality != null)
                    add(e, MUNICIPALITY, NodeFactory.createLiteralString(p.municipality));
                if (p.region != null)
                    add(e, Alu.region.asNode(), p.region);
                if (p.comment != null)
                    add(e, RDFS.comment.asNode(), NodeFactory.createLiteralLang(p.comment, "en"));
                add(e, CONFIDENCE, p.confidence);
            } else {
                ctx.countLinked();
            }
            add(e, DCTerms.source.asNode(), source);
            if (p.neq != null)
                add(e, ORG_IDENTIFIER, NodeFactory.createLiteralString(p.neq));
            if (p.identifier != null && EntityMatcher.iriOf(p.identifier) == null)
                add(e, ORG_IDENTIFIER, NodeFactory.createLiteralString(p.identifier));
            p.kinds.forEach(k -> add(e, RDF.type.asNode(), k));
            p.industries.forEach(i -> add(e, Alu.industry.asNode(), i));
            p.products.forEach(pr -> add(e, MAKES_PRODUCT, pr));
            for (String code : p.mintedIndustries)
                if (minted.add(code))
                    industry(code);
            for (int i = 0; i < p.customers.size(); i++)
                supply(p, e, real(p.customers.get(i)), p.products, "c" + (i + 1), source, matcher);
            for (int i = 0; i < p.suppliers.size(); i++)
                supply(p, real(p.suppliers.get(i)), e, p.inputs, "s" + (i + 1), source, matcher);
        }
    }

    /** The source of a row: its own address and date, or this import's file with the row's date. */
    private Node source(Planned p, Map<String, Node> sources) {
        String url = p.sourceUrl != null ? p.sourceUrl : ctx.graphName().getURI();
        String key = url + "\n" + p.date.getLiteralLexicalForm() + "\n" + (p.sourceTitle == null ? "" : p.sourceTitle);
        return sources.computeIfAbsent(key, k -> {
            Node s = NodeFactory.createURI(Alu.id("source", "import-" + ctx.id() + "-" + shortHash(k)));
            add(s, RDF.type.asNode(), Alu.Source.asNode());
            add(s, SCHEMA_URL, NodeFactory.createURI(url));
            add(s, DCTerms.title.asNode(), NodeFactory.createLiteralString(
                p.sourceTitle != null ? p.sourceTitle : p.sourceUrl != null ? p.sourceUrl : "Import " + ctx.id()));
            add(s, DCTerms.date.asNode(), p.date);
            return s;
        });
    }

    private void supply(Planned p, Node supplier, Node customer, List<Node> products, String suffix, Node source, EntityMatcher matcher) {
        Node r = NodeFactory.createURI(Alu.id("supply", "import-" + ctx.id() + "-r" + p.row.number() + "-" + suffix));
        ctx.located(r, p.row.where());
        add(r, RDF.type.asNode(), Alu.SupplyRelationship.asNode());
        add(r, Alu.supplier.asNode(), supplier);
        add(r, Alu.customer.asNode(), customer);
        products.forEach(pr -> add(r, Alu.product.asNode(), pr));
        add(r, RDFS.comment.asNode(), NodeFactory.createLiteralLang(
            nameOf(supplier, matcher) + " supplies " + nameOf(customer, matcher) + " (import " + ctx.id() + ", row " + p.row.number() + ")", "en"));
        add(r, DCTerms.source.asNode(), source);
        add(r, CONFIDENCE, p.confidence);
        add(supplier, Alu.suppliesTo.asNode(), customer);
    }

    private String nameOf(Node n, EntityMatcher matcher) {
        for (Planned q : placeholders.values())
            if (q.entity.equals(n))
                return q.label();
        return matcher.exists(n) ? matcher.label(n) : n.getURI();
    }

    /** A SCIAN code not yet in the industries scheme becomes a concept of it. */
    private void industry(String code) {
        Node i = NodeFactory.createURI(Alu.id("industry", "scian-" + code));
        add(i, RDF.type.asNode(), Alu.Industry.asNode());
        add(i, SKOS.inScheme.asNode(), INDUSTRIES_SCHEME);
        add(i, SKOS.notation.asNode(), NodeFactory.createLiteralString(code));
        for (String lang : new String[] {"en", "fr"}) {
            add(i, RDFS.label.asNode(), NodeFactory.createLiteralLang("SCIAN " + code, lang));
            add(i, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("SCIAN " + code, lang));
        }
    }

    private void add(Node s, Node p, Node o) { g.add(Triple.create(s, p, o)); }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The regions, industries and products of the graph, found by IRI slug, label, alternative label or code. */
    private static final class Concepts {
        private final Map<String, Node> index = new HashMap<>();

        Concepts(DatasetGraph dsg) {
            String q = """
                PREFIX alu: <https://w3id.org/alukg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?x ?c ?v WHERE {
                  VALUES ?c { alu:Region alu:Industry alu:Product }
                  ?x a ?c . ?x rdfs:label|skos:prefLabel|skos:altLabel|skos:notation ?v
                }""";
            try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg))
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Node x = s.get("x").asNode();
                    Node c = s.get("c").asNode();
                    index.putIfAbsent(c.getURI() + " " + EntityMatcher.normalise(s.getLiteral("v").getString()), x);
                    String iri = x.getURI();
                    index.putIfAbsent(c.getURI() + " " + EntityMatcher.normalise(iri.substring(iri.lastIndexOf('/') + 1)), x);
                });
            }
        }

        Node find(Node cls, String text) { return index.get(cls.getURI() + " " + EntityMatcher.normalise(text)); }
    }
}
