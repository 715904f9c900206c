package org.alukg.linkeddata;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.alukg.http.Routes;
import org.alukg.linkeddata.ResourcePage.Cell;
import org.alukg.linkeddata.ResourcePage.Claim;
import org.alukg.linkeddata.ResourcePage.Event;
import org.alukg.linkeddata.ResourcePage.Fact;
import org.alukg.linkeddata.ResourcePage.Figure;
import org.alukg.linkeddata.ResourcePage.Funding;
import org.alukg.linkeddata.ResourcePage.Incoming;
import org.alukg.linkeddata.ResourcePage.Line;
import org.alukg.linkeddata.ResourcePage.Owner;
import org.alukg.linkeddata.ResourcePage.Owners;
import org.alukg.linkeddata.ResourcePage.Picture;
import org.alukg.linkeddata.ResourcePage.Source;
import org.alukg.linkeddata.ResourcePage.ValueTable;
import org.alukg.linkeddata.ResourcePage.Year;
import org.alukg.vocab.Alu;
import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads the description of one resource (and the labels of the terms it uses) into what its page says
 * ({@link ResourcePage}), in the page's language: the relationship nodes that involve it told in words with their
 * sources and dates ("Alcoa owns 74.95 % — source, date"), figures with their units and charts, conflicting figures
 * side by side, events and funding in their own sections, incoming links by name.
 */
final class DescriptionReader {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Property MEMBER = ResourceFactory.createProperty(ORG + "member");
    private static final Property ORGANIZATION = ResourceFactory.createProperty(ORG + "organization");
    private static final Resource MEMBERSHIP = ResourceFactory.createResource(ORG + "Membership");
    private static final Resource DATED_VALUE = Alu.resource("DatedValue");
    private static final Property START = Alu.property("startedIn");
    private static final Property END = Alu.property("endedIn");
    /** The properties that carry the figure of a dated value, the usual first. */
    private static final List<Property> FIGURES = List.of(Alu.tonnesPerYear, Alu.property("count"), Alu.property("percent"),
        Alu.property("megawatts"), Alu.property("amount"), Alu.property("value"), Alu.property("year"), RDF.value);
    private static final Property AMOUNT = Alu.property("amount");
    private static final Property CURRENCY = Alu.property("currency");
    private static final Property COUNT = Alu.property("count");
    private static final Property UNIT = Alu.property("unit");
    private static final Property FIGURE_KIND = Alu.property("figureKind");
    private static final Property MINIMUM = Alu.property("isMinimum");
    private static final Property APPROXIMATE = Alu.property("approximate");
    private static final Property DATE = Alu.property("date");
    private static final Property AS_OF_FROM = Alu.property("asOfFrom");
    private static final Property FUNDER = Alu.property("funder");
    private static final Property RECIPIENT = Alu.property("recipient");
    private static final Property PROGRAMME = Alu.property("programme");
    private static final Property FUNDING_FORM = Alu.property("fundingForm");
    private static final Resource FUNDING = Alu.resource("Funding");
    private static final Resource POWER_AGREEMENT = Alu.resource("PowerAgreement");
    /** What a statistical observation measures: an observation without a name is named by it and its year. */
    private static final Property STATISTIC = Alu.property("statistic");
    private static final Resource PARTNERSHIP = Alu.resource("Partnership");
    private static final Property PARTNER = Alu.property("partner");
    /** The classes of events, the most specific first: an event is named by the first it has. */
    private static final List<Resource> EVENTS = List.of(Alu.resource("Merger"), Alu.resource("Acquisition"),
                                                         Alu.resource("Milestone"), Alu.resource("Event"));
    private static final Property URL = ResourceFactory.createProperty("http://schema.org/url");
    private static final Property UNDATED = Alu.property("undated");
    /** A year is shown as written, never as a grouped number. */
    private static final Property YEAR = Alu.property("year");
    /** Properties whose untagged texts the curated data writes in English: notes, technologies, roles, what a date marks. */
    private static final Set<Property> ENGLISH_PROSE = Set.of(Alu.property("note"), Alu.property("technology"),
        Alu.property("role"), Alu.property("event"), Alu.property("fundingForm"));
    /** Statements shown in the heading or in their own sections, not in the table of facts. */
    private static final Set<Property> HEADING = Set.of(RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel);
    /** The RDF versions a page links to and announces. */
    private static final List<RdfFormat> AS_RDF = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.RDFXML, RdfFormat.NTRIPLES);

    private final PageContext view;
    private final InterfaceText w;
    private final Model m;
    private final Resource r;

    /** Statements of the resource that only the RDFS closure gives: shown, and marked as inferred. */
    private final java.util.Set<org.apache.jena.graph.Triple> inferred;

    private DescriptionReader(PageContext view, Graph description, Graph vocabulary, String iri,
                              java.util.Set<org.apache.jena.graph.Triple> inferred) {
        this.inferred = inferred;
        this.view = view;
        this.w = view.words();
        this.m = ModelFactory.createModelForGraph(new Union(description, vocabulary));
        this.r = m.createResource(iri);
    }

    /** The page of {@code iri}, from its description and the labels of the terms it uses; its document is at {@code docPath}. */
    static ResourcePage read(PageContext view, Graph description, Graph vocabulary, String iri, String docPath) {
        return read(view, description, vocabulary, iri, docPath, java.util.Set.of());
    }

    /** The same, with the statements of the resource that only the inferred graph holds marked as inferred. */
    static ResourcePage read(PageContext view, Graph description, Graph vocabulary, String iri, String docPath,
                             java.util.Set<org.apache.jena.graph.Triple> inferred) {
        return new DescriptionReader(view, description, vocabulary, iri, inferred).page(docPath);
    }

    /** The cell of a statement's value, marked when only the closure gives the statement. */
    private Cell marked(Statement s, Cell cell) {
        return inferred.contains(s.asTriple()) ? new ResourcePage.Inferred(cell) : cell;
    }

    private ResourcePage page(String docPath) {
        String name = label(r);
        Set<String> alt = new TreeSet<>();
        r.listProperties(SKOS.altLabel).forEachRemaining(s -> alt.add(s.getObject().isLiteral() ? s.getString() : label(s.getResource())));
        List<Cell> kinds = r.listProperties(RDF.type).mapWith(s -> marked(s, kind(s.getObject()))).toList();
        List<Frame.Alternate> alternates = AS_RDF.stream().map(f -> f.alternate(docPath)).toList();
        List<Ref> formats = AS_RDF.stream().map(f -> f.link(docPath)).toList();
        String query = "SELECT ?property ?value WHERE {\n  " + FmtUtils.stringForNode(r.asNode()) + " ?property ?value\n}";
        Frame frame = view.frame(name, alternates);
        return new ResourcePage(mapped() ? frame.withMap() : frame, w, r.getURI(), name, String.join(", ", alt), kinds, facts(),
                                owners(), holdings(), values(), events(), funding(), supply(), partnerships(), memberships(), incoming(),
                                new Picture(Routes.tracePicture(r.getURI(), w.lang()), w.text("network.alt") + " " + name),
                                mapped() ? new Picture(Routes.mapPicture(r.getURI()), w.text("map.alt") + " " + name) : null,
                                mapped() ? Routes.mapPoints(r.getURI()) : null,
                                formats, Routes.editorWith(query));
    }

    /** True for the things whose page shows a map: regions, smelters and organisations (of a subclass too). */
    private boolean mapped() {
        return r.hasProperty(RDF.type, Alu.Region) || r.hasProperty(RDF.type, Alu.Smelter) || r.hasProperty(RDF.type, Alu.Organization);
    }

    /** The statements of the resource itself, one row per property. */
    private List<Fact> facts() {
        Map<Property, List<Cell>> rows = new TreeMap<>(Comparator.comparing(this::label));
        r.listProperties().forEachRemaining(s -> {
            if (HEADING.contains(s.getPredicate()) || isDatedValue(s.getObject()) || isEvent(s.getObject()))
                return;
            RDFNode v = s.getObject();
            rows.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>())
                .add(marked(s, isSource(v) ? new ResourcePage.Cited(source(v)) : ENGLISH_PROSE.contains(s.getPredicate()) ? english(v) : cell(v)));
        });
        return rows.entrySet().stream().map(e -> new Fact(ref(e.getKey()),
            e.getValue().stream().sorted(Comparator.comparing(DescriptionReader::order)).toList())).toList();
    }

    /** Who owns the resource — or, when it has none of its own, the organisation that operates it. */
    private Owners owners() {
        List<Resource> nodes = subjects(Alu.ownedEntity, r);
        Resource through = null;
        if (nodes.isEmpty()) {
            for (Statement s : r.listProperties(Alu.operator).toList()) {
                if (s.getObject().isResource() && !subjects(Alu.ownedEntity, s.getResource()).isEmpty()) {
                    through = s.getResource();
                    nodes = subjects(Alu.ownedEntity, through);
                    break;
                }
            }
        }
        Phrase via = through == null ? null : w.phrase("owners.through", Phrase.name(ref(through)));
        List<Owner> owners = groupBy(nodes, Alu.owner).entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<Resource, List<Resource>> e) -> maxShare(e.getValue())).reversed()
                              .thenComparing(e -> label(e.getKey())))
            .map(e -> owner(e.getKey(), e.getValue())).toList();
        return new Owners(via, owners);
    }

    private Owner owner(Resource who, List<Resource> claims) {
        List<Claim> told = distinct(claims, Alu.sharePercent) > 1
            ? claims.stream().map(n -> new Claim(share(n), sources(List.of(n)))).toList()
            : List.of(new Claim(share(claims.get(0)), sources(claims)));
        Phrase says = w.phrase("owners.owns", Phrase.marked("who", ref(who)), Phrase.marked("share", Ref.text(told.get(0).share())));
        return new Owner(ref(who), says, told);
    }

    /** What the resource owns. */
    private List<Line> holdings() {
        return sortedByLabel(subjects(Alu.owner, r), Alu.ownedEntity).stream().map(n -> new Line("holding",
            w.phrase("holdings.owns", Phrase.marked("share", Ref.text(share(n))), nameOf(n, Alu.ownedEntity)),
            sources(List.of(n)))).toList();
    }

    /** Dated values (capacity, employees …) by year; figures that disagree for the same year side by side. */
    private List<ValueTable> values() {
        Map<Property, List<Resource>> byProperty = new LinkedHashMap<>();
        r.listProperties().forEachRemaining(s -> {
            if (isDatedValue(s.getObject()))
                byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getResource());
        });
        List<ValueTable> tables = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            Map<String, List<Resource>> byYear = new TreeMap<>(Comparator.reverseOrder());
            for (Resource v : values) {
                Statement asOf = v.getProperty(Alu.asOf);
                byYear.computeIfAbsent(asOf == null ? "" : asOf.getObject().asLiteral().getLexicalForm(), k -> new ArrayList<>()).add(v);
            }
            List<Year> years = new ArrayList<>();
            List<HistoryChart.Point> points = new ArrayList<>();
            byYear.forEach((year, claims) -> {
                List<Figure> figures = claims.stream().map(c -> new Figure(figure(c), sources(List.of(c)))).toList();
                boolean disputed = !year.isEmpty() && disagree(claims);
                years.add(new Year(year.isEmpty() ? w.text("values.undated") : year, disputed, figures));
                for (int i = 0; i < claims.size(); i++)
                    point(year, claims.get(i), figures.get(i).text(), disputed).ifPresent(points::add);
            });
            HistoryChart chart = HistoryChart.of(label(p) + " — " + label(r), points, w);
            String image = chart == null ? null : ShortForm.of(r.getURI(), view.base())
                .map(f -> Routes.history(f.toString(), p.getLocalName(), w.lang())).orElse(null);
            tables.add(new ValueTable(ref(p), p.getLocalName(), List.copyOf(years), chart, image));
        });
        return List.copyOf(tables);
    }

    /** A value as a point of its chart: dated by a year and with a number other than a year; else none. */
    private static Optional<HistoryChart.Point> point(String year, Resource value, String text, boolean disputed) {
        if (!year.matches("\\d{4}"))
            return Optional.empty();
        for (Property p : FIGURES) {
            Statement s = value.getProperty(p);
            if (s != null && s.getObject().isLiteral()) {
                if (p.equals(YEAR) || p.equals(RDF.value))
                    return Optional.empty();
                try {
                    return Optional.of(new HistoryChart.Point(Integer.parseInt(year), new BigDecimal(s.getLiteral().getLexicalForm()), text, disputed));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when sources give different figures for the same thing: of the values for one year, two of the same kind
     * (capacity as built or as produced) and unit (employees or jobs) whose figures differ.
     */
    private static boolean disagree(List<Resource> claims) {
        Map<String, Set<String>> figures = new LinkedHashMap<>();
        for (Resource c : claims) {
            String thing = String.valueOf(c.getProperty(FIGURE_KIND) == null ? "" : c.getProperty(FIGURE_KIND).getObject())
                           + " " + Objects.toString(object(c, UNIT), "");
            for (Property p : FIGURES) {
                Statement s = c.getProperty(p);
                if (s != null && s.getObject().isLiteral()) {
                    figures.computeIfAbsent(thing + " " + p.getLocalName(), k -> new TreeSet<>())
                           .add(comparable(s.getLiteral().getLexicalForm()));
                    break;
                }
            }
        }
        return figures.values().stream().anyMatch(f -> f.size() > 1);
    }

    /** The events in the life of the resource and those it took part in, in the order they happened. */
    private List<Event> events() {
        Set<Resource> nodes = new LinkedHashSet<>();
        r.listProperties().forEachRemaining(s -> {
            if (isEvent(s.getObject()))
                nodes.add(s.getResource());
        });
        m.listStatements(null, null, r).forEachRemaining(s -> {
            if (isEvent(s.getSubject()))
                nodes.add(s.getSubject());
        });
        return nodes.stream().map(n -> new Event(ref(n), when(n), label(eventClass(n)), sources(List.of(n))))
                    .sorted(Comparator.comparing(Event::when).thenComparing(e -> e.name().label())).toList();
    }

    private static Resource eventClass(Resource event) {
        return EVENTS.stream().filter(c -> event.hasProperty(RDF.type, c)).findFirst().orElseThrow();
    }

    /** Money given to the resource or by it, the latest first. */
    private List<Funding> funding() {
        Set<Resource> nodes = new LinkedHashSet<>(typed(subjects(RECIPIENT, r), FUNDING));
        nodes.addAll(typed(subjects(FUNDER, r), FUNDING));
        return nodes.stream().map(n -> new Funding(party(n, FUNDER), party(n, RECIPIENT), money(n), literal(n, PROGRAMME),
                                                   literal(n, FUNDING_FORM), when(n), sources(List.of(n))))
                    .sorted(Comparator.comparing(Funding::when).reversed().thenComparing(f -> f.funder().label())).toList();
    }

    private Ref party(Resource n, Property p) {
        Resource o = object(n, p);
        return o == null ? Ref.text("?") : ref(o);
    }

    /** When something happened, as precise as the source: its date, else its year, else its period; empty if unknown. */
    private static String when(Resource n) {
        for (Property p : List.of(DATE, YEAR, Alu.asOf)) {
            String v = literal(n, p);
            if (v != null)
                return v;
        }
        String start = literal(n, START) != null ? literal(n, START) : literal(n, AS_OF_FROM);
        String end = literal(n, END);
        if (start != null && end != null && !start.equals(end))
            return start + "–" + end;
        return start != null ? start : end != null ? end : "";
    }

    private static String literal(Resource n, Property p) {
        Statement s = n.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : null;
    }

    /** The amount of a funding or a dated value with its currency, as people write it; null when it has none. */
    private String money(Resource n) {
        String amount = literal(n, AMOUNT);
        if (amount == null)
            return null;
        try {
            return w.money(new BigDecimal(amount), Objects.requireNonNullElse(literal(n, CURRENCY), "CAD"));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    /** Supply relationships, both ways. */
    private List<Line> supply() {
        List<Line> lines = new ArrayList<>();
        for (Resource n : sortedByLabel(supplies(subjects(Alu.supplier, r)), Alu.customer))
            lines.add(new Line("supplies", during(n, w.phrase("supply.supplies", product(n), nameOf(n, Alu.customer))),
                               sources(List.of(n))));
        for (Resource n : sortedByLabel(supplies(subjects(Alu.customer, r)), Alu.supplier))
            lines.add(new Line("supplied-by", during(n, w.phrase("supply.suppliedBy", product(n), nameOf(n, Alu.supplier))),
                               sources(List.of(n))));
        return List.copyOf(lines);
    }

    /** Partnerships: the other partners by name, what the source says of it, its period. */
    private List<Line> partnerships() {
        List<Line> lines = new ArrayList<>();
        for (Resource n : typed(subjects(PARTNER, r), PARTNERSHIP)) {
            List<Ref> partners = n.listProperties(PARTNER).toList().stream()
                .filter(s -> s.getObject().isResource() && !s.getResource().equals(r))
                .map(s -> ref(s.getResource())).sorted(Comparator.comparing(Ref::label)).toList();
            Phrase line = during(n, w.phrase("partnership.with", new Phrase.Names(partners)));
            Statement comment = n.getProperty(RDFS.comment);
            if (comment != null && comment.getObject().isLiteral()) {
                String lang = comment.getLanguage();
                line = line.followedBy(new Phrase(List.of(Phrase.name(new Ref("(" + comment.getString() + ")", null,
                    lang.isEmpty() || lang.equalsIgnoreCase(w.lang()) ? null : lang)))));
            }
            lines.add(new Line("partnership", line, sources(List.of(n))));
        }
        return List.copyOf(lines);
    }

    private List<Line> memberships() {
        List<Line> lines = new ArrayList<>();
        for (Resource n : sortedByLabel(typed(subjects(MEMBER, r), MEMBERSHIP), ORGANIZATION))
            lines.add(new Line("member-of", w.phrase("membership.memberOf", nameOf(n, ORGANIZATION)), sources(List.of(n))));
        for (Resource n : sortedByLabel(typed(subjects(ORGANIZATION, r), MEMBERSHIP), MEMBER))
            lines.add(new Line("has-member", w.phrase("membership.hasMember", nameOf(n, MEMBER)), sources(List.of(n))));
        return List.copyOf(lines);
    }

    /** Statements of other resources that point here, other than relationship nodes (told above). */
    private List<Incoming> incoming() {
        Map<Property, List<Resource>> byProperty = new TreeMap<>(Comparator.comparing(this::label));
        m.listStatements(null, null, r).forEachRemaining(s -> {
            Resource subject = s.getSubject();
            if (subject.equals(r) || isRelationshipNode(subject) || s.getPredicate().equals(RDF.type))
                return;
            byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(subject);
        });
        return byProperty.entrySet().stream().map(e -> {
            Property p = e.getKey();
            String key = "incoming." + p.getLocalName();
            Phrase how = p.getNameSpace().equals(Alu.NS) && w.has(key) ? w.phrase(key) : w.phrase("incoming.generic", Phrase.name(ref(p)));
            return new Incoming(how, e.getValue().stream().sorted(Comparator.comparing(this::label)).map(this::ref).toList());
        }).toList();
    }

    // ---- pieces

    private String share(Resource ownership) {
        Statement s = ownership.getProperty(Alu.sharePercent);
        if (s == null || !s.getObject().isLiteral())
            return w.text("owners.unknownShare");
        return number(s.getLiteral()) + " %";
    }

    /**
     * A figure as a person writes it, with its unit from the data: "413,000 tonnes per year", "more than 900 employees",
     * "C$1.4 billion", "40 %", a year as written.
     */
    private String figure(Resource value) {
        for (Property p : FIGURES) {
            Statement s = value.getProperty(p);
            if (s != null && s.getObject().isLiteral())
                return qualified(value, quantity(value, p, s.getLiteral()));
        }
        return w.text("values.noFigure");
    }

    private String quantity(Resource value, Property p, Literal figure) {
        if (p.equals(YEAR) || p.equals(RDF.value))
            return figure.getLexicalForm();
        if (p.equals(AMOUNT))
            return money(value);
        if (p.equals(Alu.property("percent")))
            return number(figure) + " %";
        if (p.equals(COUNT)) {
            Resource unit = object(value, UNIT);
            return unit == null ? number(figure) : number(figure) + " " + label(unit);
        }
        return number(figure) + " " + label(p);
    }

    /** "about 950 employees", "more than 900 employees", as the source gives the figure. */
    private String qualified(Resource value, String quantity) {
        if (value.hasLiteral(MINIMUM, true))
            return w.sentence("values.minimum", quantity);
        if (value.hasLiteral(APPROXIMATE, true))
            return w.sentence("values.approximate", quantity);
        return quantity;
    }

    private String number(Literal l) {
        try {
            return w.number(new BigDecimal(l.getLexicalForm()));
        } catch (NumberFormatException e) {
            return l.getLexicalForm();
        }
    }

    private Phrase.Piece product(Resource supply) {
        Resource p = object(supply, Alu.product);
        return Phrase.name(p == null ? Ref.text(w.text("supply.something")) : ref(p));
    }

    /** The sentence, then the period of the relationship when it has one ("since 2005"). */
    private Phrase during(Resource n, Phrase sentence) {
        Statement start = n.getProperty(START);
        Statement end = n.getProperty(END);
        if (start == null && end == null)
            return sentence;
        if (end == null)
            return sentence.followedBy(w.phrase("period.since", year(start)));
        return sentence.followedBy(w.phrase("period.between", start == null ? Phrase.name(Ref.text("?")) : year(start), year(end)));
    }

    private static Phrase.Piece year(Statement s) { return new Phrase.Words(s.getObject().asLiteral().getLexicalForm()); }

    /** The sources of these nodes, each once. */
    private List<Source> sources(List<Resource> nodes) {
        Set<Source> out = new LinkedHashSet<>();
        for (Resource n : nodes)
            n.listProperties(DCTerms.source).forEachRemaining(s -> out.add(source(s.getObject())));
        return List.copyOf(out);
    }

    /** One source: its title linked to the document, its date, and its own page. */
    private Source source(RDFNode node) {
        if (!node.isResource())
            return new Source(Ref.text(node.toString()), null, false, null);
        Resource s = node.asResource();
        Statement url = s.getProperty(URL);
        String title = s.hasProperty(DCTerms.title) || s.hasProperty(RDFS.label) ? label(s) : untitled(s, url);
        String href = url != null && url.getObject().isURIResource() ? view.href(url.getResource().getURI()) : null;
        Statement date = s.getProperty(DCTerms.date);
        boolean dated = date != null && date.getObject().isLiteral();
        return new Source(new Ref(title, href), dated ? date.getObject().asLiteral().getLexicalForm() : null,
                          !dated && s.hasLiteral(UNDATED, true), s.isURIResource() ? view.href(s.getURI()) : null);
    }

    /** A name for a source without a title: its publisher and the host of its address, else its IRI's last part. */
    private String untitled(Resource s, Statement url) {
        String host = null;
        if (url != null && url.getObject().isURIResource()) {
            try {
                host = URI.create(url.getResource().getURI()).getHost();
            } catch (IllegalArgumentException e) {
                host = null;
            }
        }
        Statement publisher = s.getProperty(DCTerms.publisher);
        String who = publisher != null && publisher.getObject().isLiteral() ? publisher.getString() : null;
        if (who != null && host != null)
            return who + " (" + host + ")";
        if (who != null || host != null)
            return who != null ? who : host;
        return label(s);
    }

    /** A value: a resource by its name, a literal as text with its language. */
    private Cell cell(RDFNode v) {
        if (v.isResource())
            return new ResourcePage.Name(ref(v.asResource()));
        Literal l = v.asLiteral();
        return new ResourcePage.Text(l.getLexicalForm(), l.getLanguage() == null ? "" : l.getLanguage());
    }

    /** A class of the thing: one of our ontology's links up to the page of that class, listing its things. */
    private Cell kind(RDFNode v) {
        Cell c = cell(v);
        if (v.isURIResource() && v.asResource().getURI().startsWith(Alu.NS) && c instanceof ResourcePage.Name n)
            return new ResourcePage.Name(new Ref(n.ref().label(),
                                                 view.local(Routes.classPage(v.asResource().getURI().substring(Alu.NS.length()))),
                                                 n.ref().lang()));
        return c;
    }

    /** A literal of a property the curated data writes in English without a language tag, marked as English. */
    private Cell english(RDFNode v) {
        Cell c = cell(v);
        return c instanceof ResourcePage.Text t && t.lang().isEmpty() ? new ResourcePage.Text(t.text(), "en") : c;
    }

    /** The order of the values of one fact: things, then sources, by where they link; then texts by language; inferred values last. */
    private static String order(Cell c) {
        if (c instanceof ResourcePage.Inferred i)
            return "5" + order(i.cell());
        if (c instanceof ResourcePage.Name n)
            return "1" + where(n.ref());
        if (c instanceof ResourcePage.Cited s)
            return "2" + where(s.source().title());
        ResourcePage.Text t = (ResourcePage.Text) c;
        return (t.lang().isEmpty() ? "4" : "3" + t.lang()) + t.text();
    }

    private static String where(Ref ref) { return Objects.requireNonNullElse(ref.href(), ref.label()); }

    private Ref ref(Resource x) {
        Name name = name(x);
        return new Ref(name.text(), x.isAnon() ? null : view.href(x.getURI()), name.lang());
    }

    private Phrase.Piece nameOf(Resource n, Property p) {
        Resource o = object(n, p);
        return Phrase.name(o == null ? Ref.text("?") : ref(o));
    }

    /** The name of a resource in the page's language, else in any, else its IRI's last segment. */
    private String label(Resource resource) { return name(resource).text(); }

    /** A name and, when it is not in the page's language, its language (else null). */
    private record Name(String text, String lang) {}

    /**
     * The name of a resource: its label in the page's language; for a term of another vocabulary (rdfs:comment,
     * geo:lat), the page's word for it; else a label in another language, marked as such; else its title; else its
     * IRI's last segment.
     */
    private Name name(Resource resource) {
        Resource x = resource.inModel(m);
        Name other = null;
        for (Property p : List.of(RDFS.label, SKOS.prefLabel)) {
            for (Statement s : x.listProperties(p).toList()) {
                if (!s.getObject().isLiteral())
                    continue;
                String lang = s.getLanguage();
                if (lang.equalsIgnoreCase(w.lang()))
                    return new Name(s.getString(), null);
                if (other == null || (lang.isEmpty() && other.lang() != null))
                    other = new Name(s.getString(), lang.isEmpty() ? null : lang);
            }
        }
        var prefixed = x.isURIResource() ? RdfFormat.PREFIXES.abbrev(x.getURI()) : null;
        if (prefixed != null && w.has("term." + prefixed.getLeft() + "." + prefixed.getRight()))
            return new Name(w.text("term." + prefixed.getLeft() + "." + prefixed.getRight()), null);
        if (other != null)
            return other;
        Statement title = x.getProperty(DCTerms.title);
        if (title != null && title.getObject().isLiteral())
            return new Name(title.getString(), title.getLanguage().isEmpty() || title.getLanguage().equalsIgnoreCase(w.lang()) ? null : title.getLanguage());
        Resource statistic = object(x, STATISTIC);
        if (statistic != null) {
            String when = when(x);
            return new Name(label(statistic) + (when.isEmpty() ? "" : " (" + when + ")"), name(statistic).lang());
        }
        if (x.isAnon())
            return new Name("[" + x.getId().getLabelString() + "]", null);
        String iri = x.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return new Name(cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri, null);
    }

    private boolean isDatedValue(RDFNode n) {
        return n.isResource() && n.asResource().hasProperty(RDF.type, DATED_VALUE);
    }

    private static boolean isEvent(RDFNode n) {
        return n.isResource() && EVENTS.stream().anyMatch(c -> n.asResource().hasProperty(RDF.type, c));
    }

    private static boolean isFunding(Resource n) { return n.hasProperty(RDF.type, FUNDING); }

    private boolean isSource(RDFNode n) {
        return n.isResource() && n.asResource().hasProperty(RDF.type, Alu.Source);
    }

    private boolean isRelationshipNode(Resource n) {
        return n.hasProperty(RDF.type, Alu.Ownership) || isSupply(n)
               || n.hasProperty(RDF.type, MEMBERSHIP) || n.hasProperty(RDF.type, DATED_VALUE) || isEvent(n) || isFunding(n)
               || n.hasProperty(RDF.type, PARTNERSHIP);
    }

    private List<Resource> subjects(Property p, Resource o) {
        return m.listSubjectsWithProperty(p, o).toList();
    }

    /** The supply relationships among these nodes, power agreements included. */
    private static List<Resource> supplies(List<Resource> nodes) {
        return nodes.stream().filter(DescriptionReader::isSupply).toList();
    }

    private static boolean isSupply(Resource n) {
        return n.hasProperty(RDF.type, Alu.SupplyRelationship) || n.hasProperty(RDF.type, POWER_AGREEMENT);
    }

    private static List<Resource> typed(List<Resource> nodes, Resource type) {
        return nodes.stream().filter(n -> n.hasProperty(RDF.type, type)).toList();
    }

    private static Resource object(Resource n, Property p) {
        Statement s = n.getProperty(p);
        return s != null && s.getObject().isResource() ? s.getResource() : null;
    }

    private List<Resource> sortedByLabel(List<Resource> nodes, Property by) {
        return nodes.stream().sorted(Comparator.comparing((Resource n) -> {
            Resource o = object(n, by);
            return o == null ? "" : label(o);
        }).thenComparing(Resource::toString)).toList();
    }

    private static Map<Resource, List<Resource>> groupBy(List<Resource> nodes, Property p) {
        Map<Resource, List<Resource>> out = new LinkedHashMap<>();
        for (Resource n : nodes) {
            Resource key = object(n, p);
            if (key != null)
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        return out;
    }

    private static long distinct(List<Resource> nodes, Property p) {
        return nodes.stream().map(n -> n.getProperty(p)).filter(Objects::nonNull)
                    .map(s -> s.getObject().isLiteral() ? comparable(s.getLiteral().getLexicalForm()) : s.getObject().toString())
                    .distinct().count();
    }

    /** A figure as compared for conflicts: 40.0 and 40 are the same share. */
    private static String comparable(String lexical) {
        try {
            return new BigDecimal(lexical).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return lexical;
        }
    }

    private static BigDecimal maxShare(List<Resource> nodes) {
        BigDecimal max = BigDecimal.ZERO;
        for (Resource n : nodes) {
            Statement s = n.getProperty(Alu.sharePercent);
            if (s != null && s.getObject().isLiteral()) {
                try {
                    max = max.max(new BigDecimal(s.getLiteral().getLexicalForm()));
                } catch (NumberFormatException e) {
                    // not a number: ranks last
                }
            }
        }
        return max;
    }
}
