package org.alukg.linkeddata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.alukg.vocab.Alu;
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
 * The page of one resource, for people: its name and kinds, a table of its facts with links, the relationship
 * nodes that involve it told in words with their sources and dates ("Alcoa owns 74.95 % — source, date"),
 * conflicting figures side by side, incoming links, a picture of its direct supply network, and links to the
 * same data as RDF and to a SPARQL query about it.
 */
final class ResourcePage {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Property MEMBER = ResourceFactory.createProperty(ORG + "member");
    private static final Property ORGANIZATION = ResourceFactory.createProperty(ORG + "organization");
    private static final Resource MEMBERSHIP = ResourceFactory.createResource(ORG + "Membership");
    private static final Resource DATED_VALUE = Alu.resource("DatedValue");
    private static final Property CUSTOMER = Alu.customer;
    private static final Property START = Alu.property("startedIn");
    private static final Property END = Alu.property("endedIn");
    /** The properties that carry the figure of a dated value, the usual first. */
    private static final List<Property> FIGURES = List.of(Alu.tonnesPerYear, Alu.property("count"), Alu.property("percent"),
        Alu.property("megawatts"), Alu.property("amount"), Alu.property("value"), Alu.property("year"), RDF.value);
    private static final Property URL = ResourceFactory.createProperty("http://schema.org/url");
    private static final Property UNDATED = Alu.property("undated");
    /** A year is shown as written, never as a grouped number. */
    private static final Property YEAR = Alu.property("year");
    /** Statements shown in the heading or in their own sections, not in the table of facts. */
    private static final Set<Property> HEADING = Set.of(RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel);

    private final PageContext view;
    private final InterfaceText w;
    private final Model m;
    private final Resource r;

    private ResourcePage(PageContext view, Graph description, Graph vocabulary, String iri) {
        this.view = view;
        this.w = view.words();
        this.m = ModelFactory.createModelForGraph(new Union(description, vocabulary));
        this.r = m.createResource(iri);
    }

    /** The page of {@code iri}, from its description and the labels of the terms it uses. */
    static String html(PageContext view, Graph description, Graph vocabulary, String iri, String docPath) {
        return new ResourcePage(view, description, vocabulary, iri).render(docPath);
    }

    private String render(String docPath) {
        String name = label(r);
        StringBuilder b = new StringBuilder(8192);
        b.append("<article class=\"resource\" about=\"").append(Html.attr(r.getURI())).append("\">\n");
        b.append("<h1 id=\"name\">").append(Html.esc(name)).append("</h1>\n");
        Set<String> alt = new java.util.TreeSet<>();
        r.listProperties(SKOS.altLabel).forEachRemaining(s -> alt.add(s.getObject().isLiteral() ? s.getString() : label(s.getResource())));
        if (!alt.isEmpty())
            b.append("<p class=\"alt\">").append(Html.esc(w.text("page.alsoKnownAs"))).append(" ")
             .append(Html.esc(String.join(", ", alt))).append("</p>\n");
        List<String> kinds = new ArrayList<>();
        r.listProperties(RDF.type).forEachRemaining(s -> kinds.add(value(s.getObject())));
        if (!kinds.isEmpty())
            b.append("<p class=\"kinds\">").append(String.join(", ", kinds)).append("</p>\n");
        b.append("<p class=\"iri\"><code>").append(Html.esc(r.getURI())).append("</code></p>\n");

        facts(b);
        owners(b);
        holdings(b);
        datedValues(b);
        supply(b);
        memberships(b);
        incoming(b);
        picture(b, name);
        data(b, docPath);
        b.append("</article>\n");
        return Html.page(view, name, b.toString(), List.of(
            new Html.Alternate("text/turtle", docPath + ".ttl"), new Html.Alternate("application/ld+json", docPath + ".jsonld"),
            new Html.Alternate("application/rdf+xml", docPath + ".rdf"), new Html.Alternate("application/n-triples", docPath + ".nt")));
    }

    /** The statements of the resource itself, one row per property. */
    private void facts(StringBuilder b) {
        Map<Property, List<RDFNode>> rows = new TreeMap<>(Comparator.comparing(this::label));
        r.listProperties().forEachRemaining(s -> {
            if (HEADING.contains(s.getPredicate()) || isDatedValue(s.getObject()))
                return;
            rows.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject());
        });
        if (rows.isEmpty())
            return;
        b.append("<section id=\"facts\"><h2>").append(Html.esc(w.text("page.facts"))).append("</h2>\n<table class=\"facts\">\n");
        rows.forEach((p, values) -> {
            b.append("<tr><th scope=\"row\">").append(link(p)).append("</th><td>");
            List<String> cells = new ArrayList<>();
            for (RDFNode v : values)
                cells.add(isSource(v) ? source(v.asResource()) : value(v));
            cells.sort(null);
            b.append(String.join("<br>", cells)).append("</td></tr>\n");
        });
        b.append("</table></section>\n");
    }

    /** Who owns the resource — or, when it has none of its own, the organisation that operates it. */
    private void owners(StringBuilder b) {
        List<Resource> direct = subjects(Alu.ownedEntity, r);
        Resource through = null;
        List<Resource> nodes = direct;
        if (direct.isEmpty()) {
            for (Statement s : r.listProperties(Alu.operator).toList()) {
                if (s.getObject().isResource() && !subjects(Alu.ownedEntity, s.getResource()).isEmpty()) {
                    through = s.getResource();
                    nodes = subjects(Alu.ownedEntity, through);
                    break;
                }
            }
        }
        if (nodes.isEmpty())
            return;
        b.append("<section id=\"owners\"><h2>").append(Html.esc(w.text("page.owners"))).append("</h2>\n");
        if (through != null)
            b.append("<p class=\"through\">").append(w.html("owners.through", link(through))).append("</p>\n");
        Map<Resource, List<Resource>> byOwner = groupBy(nodes, Alu.owner);
        b.append("<ul class=\"ownerships\">\n");
        byOwner.entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<Resource, List<Resource>> e) -> maxShare(e.getValue())).reversed()
                              .thenComparing(e -> label(e.getKey())))
            .forEach(e -> {
                List<Resource> claims = e.getValue();
                boolean conflict = distinct(claims, Alu.sharePercent) > 1;
                b.append("<li class=\"ownership").append(conflict ? " conflict" : "").append("\">");
                if (!conflict) {
                    Resource n = claims.get(0);
                    b.append(w.html("owners.owns", "<span class=\"who\">" + link(e.getKey()) + "</span>",
                                    "<span class=\"share\">" + share(n) + "</span>"))
                     .append(" — ").append(sources(claims));
                } else {
                    b.append("<span class=\"who\">").append(link(e.getKey())).append("</span> ")
                     .append(Html.esc(w.text("conflict.sourcesDisagree"))).append(": <span class=\"side-by-side\">");
                    List<String> figures = new ArrayList<>();
                    for (Resource n : claims)
                        figures.add("<span class=\"figure\"><span class=\"share\">" + share(n) + "</span> — " + sources(List.of(n)) + "</span>");
                    b.append(String.join(" <span class=\"vs\">≠</span> ", figures)).append("</span>");
                }
                b.append("</li>\n");
            });
        b.append("</ul></section>\n");
    }

    /** What the resource owns. */
    private void holdings(StringBuilder b) {
        List<Resource> nodes = subjects(Alu.owner, r);
        if (nodes.isEmpty())
            return;
        b.append("<section id=\"holdings\"><h2>").append(Html.esc(w.text("page.holdings"))).append("</h2>\n<ul class=\"holdings\">\n");
        for (Resource n : sortedByLabel(nodes, Alu.ownedEntity)) {
            Resource owned = object(n, Alu.ownedEntity);
            b.append("<li class=\"holding\">").append(w.html("holdings.owns", "<span class=\"share\">" + share(n) + "</span>",
                                                              owned == null ? "?" : link(owned)))
             .append(" — ").append(sources(List.of(n))).append("</li>\n");
        }
        b.append("</ul></section>\n");
    }

    /** Dated values (capacity, employees …) by year; figures that disagree for the same year side by side. */
    private void datedValues(StringBuilder b) {
        Map<Property, List<Resource>> byProperty = new LinkedHashMap<>();
        r.listProperties().forEachRemaining(s -> {
            if (isDatedValue(s.getObject()))
                byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getResource());
        });
        if (byProperty.isEmpty())
            return;
        b.append("<section id=\"values\"><h2>").append(Html.esc(w.text("page.values"))).append("</h2>\n");
        byProperty.forEach((p, values) -> {
            b.append("<h3>").append(link(p)).append("</h3>\n<table class=\"values\"><thead><tr><th scope=\"col\">")
             .append(Html.esc(w.text("values.asOf"))).append("</th><th scope=\"col\">").append(Html.esc(w.text("values.figure")))
             .append("</th></tr></thead><tbody>\n");
            Map<String, List<Resource>> byYear = new TreeMap<>(Comparator.reverseOrder());
            for (Resource v : values) {
                Statement asOf = v.getProperty(Alu.asOf);
                byYear.computeIfAbsent(asOf == null ? "" : asOf.getObject().asLiteral().getLexicalForm(), k -> new ArrayList<>()).add(v);
            }
            byYear.forEach((year, claims) -> {
                Set<String> figures = new LinkedHashSet<>();
                claims.forEach(c -> figures.add(figure(c)));
                boolean conflict = figures.size() > 1;
                b.append("<tr").append(conflict ? " class=\"conflict\"" : "").append("><td>")
                 .append(Html.esc(year.isEmpty() ? w.text("values.undated") : year)).append("</td><td>");
                if (conflict)
                    b.append("<span class=\"note\">").append(Html.esc(w.text("conflict.sourcesDisagree"))).append(":</span> ");
                List<String> parts = new ArrayList<>();
                for (Resource c : claims)
                    parts.add("<span class=\"figure\">" + figure(c) + " — " + sources(List.of(c)) + "</span>");
                b.append(String.join(conflict ? " <span class=\"vs\">≠</span> " : "<br>", parts)).append("</td></tr>\n");
            });
            b.append("</tbody></table>\n");
        });
        b.append("</section>\n");
    }

    /** Supply relationships, both ways. */
    private void supply(StringBuilder b) {
        List<Resource> out = typed(subjects(Alu.supplier, r), Alu.SupplyRelationship);
        List<Resource> in = typed(subjects(CUSTOMER, r), Alu.SupplyRelationship);
        if (out.isEmpty() && in.isEmpty())
            return;
        b.append("<section id=\"supply\"><h2>").append(Html.esc(w.text("page.supply"))).append("</h2>\n<ul class=\"supply\">\n");
        for (Resource n : sortedByLabel(out, CUSTOMER))
            b.append("<li class=\"supplies\">").append(w.html("supply.supplies", product(n), linkOf(n, CUSTOMER)))
             .append(period(n)).append(" — ").append(sources(List.of(n))).append("</li>\n");
        for (Resource n : sortedByLabel(in, Alu.supplier))
            b.append("<li class=\"supplied-by\">").append(w.html("supply.suppliedBy", product(n), linkOf(n, Alu.supplier)))
             .append(period(n)).append(" — ").append(sources(List.of(n))).append("</li>\n");
        b.append("</ul></section>\n");
    }

    private void memberships(StringBuilder b) {
        List<Resource> of = typed(subjects(MEMBER, r), MEMBERSHIP);
        List<Resource> members = typed(subjects(ORGANIZATION, r), MEMBERSHIP);
        if (of.isEmpty() && members.isEmpty())
            return;
        b.append("<section id=\"memberships\"><h2>").append(Html.esc(w.text("page.memberships"))).append("</h2>\n<ul class=\"memberships\">\n");
        for (Resource n : sortedByLabel(of, ORGANIZATION))
            b.append("<li class=\"member-of\">").append(w.html("membership.memberOf", linkOf(n, ORGANIZATION)))
             .append(" — ").append(sources(List.of(n))).append("</li>\n");
        for (Resource n : sortedByLabel(members, MEMBER))
            b.append("<li class=\"has-member\">").append(w.html("membership.hasMember", linkOf(n, MEMBER)))
             .append(" — ").append(sources(List.of(n))).append("</li>\n");
        b.append("</ul></section>\n");
    }

    /** Statements of other resources that point here, other than relationship nodes (shown above). */
    private void incoming(StringBuilder b) {
        Map<Property, List<Resource>> byProperty = new TreeMap<>(Comparator.comparing(this::label));
        m.listStatements(null, null, r).forEachRemaining(s -> {
            Resource subject = s.getSubject();
            if (subject.equals(r) || isRelationshipNode(subject) || s.getPredicate().equals(RDF.type))
                return;
            byProperty.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(subject);
        });
        if (byProperty.isEmpty())
            return;
        b.append("<section id=\"incoming\"><h2>").append(Html.esc(w.text("page.incoming"))).append("</h2>\n<dl class=\"incoming\">\n");
        byProperty.forEach((p, subjects) -> {
            String key = "incoming." + p.getLocalName();
            String phrase = p.getNameSpace().equals(Alu.NS) && has(key) ? Html.esc(w.text(key)) : w.html("incoming.generic", link(p));
            b.append("<dt>").append(phrase).append("</dt>");
            subjects.stream().sorted(Comparator.comparing(this::label)).forEach(s -> b.append("<dd>").append(link(s)).append("</dd>"));
            b.append("\n");
        });
        b.append("</dl></section>\n");
    }

    /** The direct supply network, drawn by the trace API; the page stands on its own when the picture is missing. */
    private void picture(StringBuilder b, String name) {
        String src = "/api/trace?from=" + Html.param(r.getURI()) + "&direction=both&depth=1&format=svg";
        b.append("<section id=\"network\"><h2>").append(Html.esc(w.text("page.network"))).append("</h2>\n<figure class=\"network\">")
         .append("<img src=\"").append(Html.attr(src)).append("\" alt=\"").append(Html.attr(w.text("network.alt") + " " + name))
         .append("\" loading=\"lazy\"><figcaption>").append(Html.link(src, w.text("network.open"))).append("</figcaption></figure></section>\n");
    }

    private void data(StringBuilder b, String docPath) {
        String query = "SELECT ?property ?value WHERE {\n  " + FmtUtils.stringForNode(r.asNode()) + " ?property ?value\n}";
        b.append("<section id=\"data\"><h2>").append(Html.esc(w.text("page.data"))).append("</h2>\n<p class=\"formats\">")
         .append(Html.link(docPath + ".ttl", "Turtle")).append(" · ")
         .append(Html.link(docPath + ".jsonld", "JSON-LD")).append(" · ")
         .append(Html.link(docPath + ".rdf", "RDF/XML")).append(" · ")
         .append(Html.link(docPath + ".nt", "N-Triples")).append(" · ")
         .append("<a id=\"sparql\" href=\"").append(Html.attr("/#/dataset/cluster/query?query=" + Html.param(query))).append("\">")
         .append(Html.esc(w.text("data.sparql"))).append("</a></p></section>\n");
    }

    // ---- pieces

    private String share(Resource ownership) {
        Statement s = ownership.getProperty(Alu.sharePercent);
        if (s == null || !s.getObject().isLiteral())
            return Html.esc(w.text("owners.unknownShare"));
        return Html.esc(number(s.getLiteral()) + " %");
    }

    private String figure(Resource value) {
        for (Property p : FIGURES) {
            Statement s = value.getProperty(p);
            if (s != null && s.getObject().isLiteral())
                return Html.esc(p.equals(YEAR) ? s.getLiteral().getLexicalForm() : number(s.getLiteral())) + " " + Html.esc(label(p));
        }
        return Html.esc(w.text("values.noFigure"));
    }

    private String number(Literal l) {
        try {
            return w.number(new BigDecimal(l.getLexicalForm()));
        } catch (NumberFormatException e) {
            return l.getLexicalForm();
        }
    }

    private String product(Resource supply) {
        Resource p = object(supply, Alu.product);
        return p == null ? Html.esc(w.text("supply.something")) : link(p);
    }

    private String period(Resource n) {
        Statement start = n.getProperty(START);
        Statement end = n.getProperty(END);
        if (start == null && end == null)
            return "";
        if (end == null)
            return " " + w.html("period.since", Html.esc(start.getObject().asLiteral().getLexicalForm()));
        return " " + w.html("period.between", Html.esc(start == null ? "?" : start.getObject().asLiteral().getLexicalForm()),
                            Html.esc(end.getObject().asLiteral().getLexicalForm()));
    }

    /** The sources of these nodes, each as a link to the document with its date. */
    private String sources(List<Resource> nodes) {
        Set<String> out = new LinkedHashSet<>();
        for (Resource n : nodes)
            n.listProperties(DCTerms.source).forEachRemaining(s -> out.add(source(s.getObject())));
        if (out.isEmpty())
            return "<span class=\"source missing\">" + Html.esc(w.text("source.none")) + "</span>";
        return String.join("; ", out);
    }

    /** One source: its title linked to the document, its date, and a link to its own page. */
    private String source(RDFNode node) {
        if (!node.isResource())
            return "<span class=\"source\">" + Html.esc(node.toString()) + "</span>";
        Resource s = node.asResource();
        Statement url = s.getProperty(URL);
        String title = s.hasProperty(DCTerms.title) || s.hasProperty(RDFS.label) ? label(s) : untitled(s, url);
        String href = url != null && url.getObject().isURIResource() ? view.href(url.getResource().getURI()) : null;
        StringBuilder b = new StringBuilder("<span class=\"source\">");
        b.append(href != null ? Html.link(href, title) : Html.esc(title));
        Statement date = s.getProperty(DCTerms.date);
        if (date != null && date.getObject().isLiteral())
            b.append(", <time>").append(Html.esc(date.getObject().asLiteral().getLexicalForm())).append("</time>");
        else if (s.hasLiteral(UNDATED, true))
            b.append(", ").append(Html.esc(w.text("source.undated")));
        if (s.isURIResource() && view.href(s.getURI()) != null)
            b.append(" <a class=\"about-source\" href=\"").append(Html.attr(view.href(s.getURI()))).append("\" title=\"")
             .append(Html.attr(w.text("source.about"))).append("\">↗</a>");
        return b.append("</span>").toString();
    }

    /** A name for a source without a title: its publisher and the host of its address, else its IRI's last part. */
    private String untitled(Resource s, Statement url) {
        String host = null;
        if (url != null && url.getObject().isURIResource()) {
            try {
                host = java.net.URI.create(url.getResource().getURI()).getHost();
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

    /** A value as HTML: a resource as a link named by its label, a literal as text with its language. */
    private String value(RDFNode v) {
        if (v.isResource())
            return link(v.asResource());
        Literal l = v.asLiteral();
        String lang = l.getLanguage();
        if (lang != null && !lang.isEmpty())
            return "<span lang=\"" + Html.attr(lang) + "\">" + Html.esc(l.getLexicalForm()) + "</span>";
        return Html.esc(l.getLexicalForm());
    }

    private String link(Resource x) {
        if (x.isAnon())
            return Html.esc(label(x));
        String href = view.href(x.getURI());
        return href == null ? Html.esc(label(x)) : Html.link(href, label(x));
    }

    private String linkOf(Resource n, Property p) {
        Resource o = object(n, p);
        return o == null ? "?" : link(o);
    }

    /** The name of a resource in the page's language, else in any, else its IRI's last segment. */
    String label(Resource resource) {
        Resource x = resource.inModel(m);
        for (Property p : List.of(RDFS.label, SKOS.prefLabel)) {
            String any = null;
            for (Statement s : x.listProperties(p).toList()) {
                if (!s.getObject().isLiteral())
                    continue;
                String lang = s.getLanguage();
                if (lang.equalsIgnoreCase(w.lang()))
                    return s.getString();
                if (any == null || lang.isEmpty())
                    any = s.getString();
            }
            if (any != null)
                return any;
        }
        Statement title = x.getProperty(DCTerms.title);
        if (title != null && title.getObject().isLiteral())
            return title.getString();
        if (x.isAnon())
            return "[" + x.getId().getLabelString() + "]";
        String iri = x.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private boolean has(String key) {
        try {
            w.text(key);
            return true;
        } catch (java.util.MissingResourceException e) {
            return false;
        }
    }

    private boolean isDatedValue(RDFNode n) {
        return n.isResource() && n.asResource().hasProperty(RDF.type, DATED_VALUE);
    }

    private boolean isSource(RDFNode n) {
        return n.isResource() && n.asResource().hasProperty(RDF.type, Alu.Source);
    }

    private boolean isRelationshipNode(Resource n) {
        return n.hasProperty(RDF.type, Alu.Ownership) || n.hasProperty(RDF.type, Alu.SupplyRelationship)
               || n.hasProperty(RDF.type, MEMBERSHIP) || n.hasProperty(RDF.type, DATED_VALUE);
    }

    private List<Resource> subjects(Property p, Resource o) {
        return m.listSubjectsWithProperty(p, o).toList();
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
        return nodes.stream().map(n -> n.getProperty(p)).filter(java.util.Objects::nonNull)
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
