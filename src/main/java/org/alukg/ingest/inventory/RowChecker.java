package org.alukg.ingest.inventory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.alukg.ingest.format.ImportContext;
import org.alukg.vocab.Alu;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The first stage: every value of every row checked and turned into terms. A row passes with no error at all, or
 * is turned down naming every error found in it; an establishment given twice is turned down the second time.
 */
final class RowChecker {
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

    private final Concepts concepts;
    private final ColumnMapping mapping;
    private final ImportContext context;

    RowChecker(Concepts concepts, ColumnMapping mapping, ImportContext context) {
        this.concepts = concepts;
        this.mapping = mapping;
        this.context = context;
    }

    Stage<CheckedRow> check(List<InventoryRow> rows) {
        List<CheckedRow> passed = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        Map<String, CheckedRow> establishments = new HashMap<>();
        for (InventoryRow row : rows) {
            List<RowError> errors = new ArrayList<>();
            CheckedRow checked = check(row, errors);
            if (errors.isEmpty()) {
                CheckedRow earlier = establishments.putIfAbsent(establishment(checked), checked);
                if (earlier != null)
                    errors.add(new RowError(checked.neq() != null ? "neq" : "name_fr", "the same establishment as row "
                        + earlier.number() + ": " + (checked.neq() != null ? checked.neq() : checked.label())));
            }
            if (errors.isEmpty())
                passed.add(checked);
            else
                rejected.add(new RowRejection(row, errors));
        }
        return new Stage<>(passed, rejected);
    }

    /** What makes two rows the same establishment: the NEQ, else the name and municipality. */
    private static String establishment(CheckedRow r) {
        return r.neq() != null ? "neq " + r.neq()
            : Names.normalise(r.label()) + " @ " + (r.municipality() == null ? "" : Names.normalise(r.municipality()));
    }

    /**
     * The row's values as terms; every value that is wrong adds an error instead (and the row is then not used). The
     * fields are checked in template order, so the first error is the one a reader meets first.
     */
    private CheckedRow check(InventoryRow row, List<RowError> errors) {
        String nameFr = row.text("name_fr");
        String nameEn = row.text("name_en");
        if (nameFr == null && nameEn == null)
            errors.add(new RowError("name_fr", "no name: both " + mapping.column("name_fr") + " and " + mapping.column("name_en")
                                               + " are empty"));
        String neq = neq(row, errors);
        List<Node> kinds = kinds(row, errors);
        Node region = region(row, errors);
        List<String> newIndustryCodes = new ArrayList<>();
        List<Node> industries = industries(row, newIndustryCodes, errors);
        List<Node> products = products(row, "products", errors);
        List<Node> inputs = products(row, "inputs", errors);
        if (!row.list("customers").isEmpty() && row.list("products").isEmpty())
            errors.add(new RowError("products", "no products for the customers: say what this establishment supplies them"));
        if (!row.list("suppliers").isEmpty() && row.list("inputs").isEmpty())
            errors.add(new RowError("inputs", "no inputs for the suppliers: say what they supply to this establishment"));
        Node date = date(row.text("date"), errors);
        String sourceUrl = sourceUrl(row, errors);
        Node confidence = confidence(row, errors);
        return new CheckedRow(row, nameFr, nameEn, neq, row.text("identifier"), kinds, row.text("municipality"), region,
                              industries, List.copyOf(newIndustryCodes), products, inputs, date, sourceUrl,
                              row.text("source_title"), confidence, row.text("comment"));
    }

    private static String neq(InventoryRow row, List<RowError> errors) {
        String given = row.text("neq");
        if (given == null)
            return null;
        String neq = given.replaceAll("[\\s-]", "");
        if (!neq.matches("\\d{10}"))
            errors.add(new RowError("neq", "expected a NEQ of 10 digits: found '" + given + "'"));
        return neq;
    }

    private List<Node> kinds(InventoryRow row, List<RowError> errors) {
        List<String> given = row.list("kind");
        if (given.isEmpty())
            errors.add(new RowError("kind", "no kind: expected one or more of " + String.join(", ", new TreeSet<>(KINDS.keySet()))));
        List<Node> kinds = new ArrayList<>();
        for (String k : given) {
            String cls = KINDS.get(Names.slug(mapping.kind(k)));
            if (cls == null)
                errors.add(new RowError("kind", "unknown kind: '" + k + "' (expected one of producer, supplier, processor, "
                                                + "first-transformer, second-transformer, third-transformer, manufacturer, recycler, "
                                                + "research-centre, training-centre, association, authority, cluster-body)"));
            else
                kinds.add(Alu.resource(cls).asNode());
        }
        return kinds;
    }

    private Node region(InventoryRow row, List<RowError> errors) {
        String given = row.text("region");
        if (given == null)
            return null;
        Optional<Node> region = concepts.find(Alu.Region.asNode(), given);
        if (region.isEmpty())
            errors.add(new RowError("region", "unknown region: '" + given + "' (expected an administrative region of Québec, "
                                              + "by name or two-digit code, e.g. Saguenay–Lac-Saint-Jean or 02)"));
        return region.orElse(null);
    }

    /** The industries of the graph the row names; a SCIAN code not yet in the graph becomes a new industry. */
    private List<Node> industries(InventoryRow row, List<String> newCodes, List<RowError> errors) {
        List<Node> out = new ArrayList<>();
        for (String given : row.list("industries")) {
            Optional<Node> known = concepts.find(Alu.Industry.asNode(), given);
            if (known.isPresent()) {
                out.add(known.get());
            } else if (given.matches("\\d{2,6}")) {
                out.add(context.thing("industry", "scian-" + given));
                newCodes.add(given);
            } else {
                errors.add(new RowError("industries", "unknown industry: '" + given
                                                      + "' (expected a SCIAN code of 2 to 6 digits, or an industry of the graph)"));
            }
        }
        return out;
    }

    private List<Node> products(InventoryRow row, String field, List<RowError> errors) {
        List<Node> out = new ArrayList<>();
        for (String given : row.list(field)) {
            Optional<Node> product = concepts.find(Alu.Product.asNode(), given);
            if (product.isPresent())
                out.add(product.get());
            else
                errors.add(new RowError(field, "unknown product: '" + given + "' (expected a product of the graph by name or slug, "
                                               + "e.g. extrusions, billet, rolling-slab, molten-metal, equipment, services)"));
        }
        return out;
    }

    private static Node date(String text, List<RowError> errors) {
        if (text == null) {
            errors.add(new RowError("date", "no date: every row needs the date its facts hold for (YYYY, YYYY-MM or YYYY-MM-DD)"));
            return null;
        }
        if (text.matches("\\d{4}"))
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYear);
        if (text.matches("\\d{4}-(0[1-9]|1[0-2])"))
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDgYearMonth);
        if (text.matches("\\d{4}-\\d{2}-\\d{2}") && isDate(text))
            return NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate);
        errors.add(new RowError("date", "expected a date YYYY, YYYY-MM or YYYY-MM-DD: found '" + text + "'"));
        return null;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String sourceUrl(InventoryRow row, List<RowError> errors) {
        String url = row.text("source_url");
        if (url != null && !isHttpAddress(url))
            errors.add(new RowError("source_url", "expected an http(s) address: found '" + url + "'"));
        return url;
    }

    private static boolean isHttpAddress(String url) {
        try {
            return IRIx.create(url).isAbsolute() && (url.startsWith("http://") || url.startsWith("https://"));
        } catch (IRIException e) {
            return false;
        }
    }

    private static Node confidence(InventoryRow row, List<RowError> errors) {
        String given = row.text("confidence");
        String c = CONFIDENCES.get(given == null ? "medium" : given.toLowerCase(Locale.ROOT));
        if (c == null) {
            errors.add(new RowError("confidence", "expected high, medium or low: found '" + given + "'"));
            return null;
        }
        return Alu.resource(c).asNode();
    }
}
