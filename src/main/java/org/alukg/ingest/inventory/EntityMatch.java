package org.alukg.ingest.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The second stage: which organisation of the graph each row is (by its alukg IRI or short form, its identifier,
 * else its name and municipality; ambiguous names are turned down, never guessed), and what its customers and
 * suppliers are: entities of the graph or other rows. A row that refers to a row turned down is turned down too,
 * until no more fall.
 */
final class EntityMatch {
    private final KnownEntities known;
    private final String base;

    EntityMatch(KnownEntities known, String base) {
        this.known = known;
        this.base = base;
    }

    Stage<MatchedRow> match(Stage<CheckedRow> checked) {
        List<CheckedRow> rows = checked.passed();
        Map<Long, Node> existing = new HashMap<>();
        Map<Long, List<RowError>> errors = new LinkedHashMap<>();
        for (CheckedRow row : rows) {
            List<RowError> found = new ArrayList<>();
            identity(row, found).ifPresent(n -> existing.put(row.number(), n));
            if (!found.isEmpty())
                errors.put(row.number(), found);
        }
        Map<Long, MatchedRow> matched = new LinkedHashMap<>();
        boolean firstRound = true, fell = true;
        while (fell) {
            fell = false;
            List<CheckedRow> accepted = rows.stream().filter(r -> !errors.containsKey(r.number())).toList();
            RowIndex index = new RowIndex(accepted, turnedDown(checked, rows, errors));
            matched.clear();
            for (CheckedRow row : firstRound ? rows : accepted) {
                List<RowError> found = new ArrayList<>();
                Node self = existing.get(row.number());
                List<Reference> customers = references(row, "customers", row.customers(), self, index, existing, found);
                List<Reference> suppliers = references(row, "suppliers", row.suppliers(), self, index, existing, found);
                boolean wasAccepted = !errors.containsKey(row.number());
                if (!found.isEmpty()) {
                    errors.computeIfAbsent(row.number(), k -> new ArrayList<>()).addAll(found);
                    fell |= wasAccepted;
                } else if (wasAccepted) {
                    matched.put(row.number(), new MatchedRow(row, self, customers, suppliers));
                }
            }
            firstRound = false;
        }
        List<RowRejection> rejected = rows.stream().filter(r -> errors.containsKey(r.number()))
            .map(r -> new RowRejection(r.row(), errors.get(r.number()))).toList();
        return new Stage<>(List.copyOf(matched.values()), rejected);
    }

    /** The rows turned down so far, by this stage or before it. */
    private static List<InventoryRow> turnedDown(Stage<CheckedRow> checked, List<CheckedRow> rows, Map<Long, List<RowError>> errors) {
        List<InventoryRow> out = new ArrayList<>();
        checked.rejected().forEach(r -> out.add(r.row()));
        rows.stream().filter(r -> errors.containsKey(r.number())).forEach(r -> out.add(r.row()));
        return out;
    }

    /** The organisation of the graph this row is, by IRI or identifier, else by name and municipality; empty for a new one. */
    private Optional<Node> identity(CheckedRow row, List<RowError> errors) {
        for (String id : new String[] {row.neq(), row.identifier()}) {
            if (id == null)
                continue;
            Optional<Node> iri = iriOf(id, base);
            if (iri.isPresent()) {
                if (known.exists(iri.get()))
                    return iri;
                errors.add(new RowError("identifier", "unknown alukg entity: " + id));
                return Optional.empty();
            }
            Set<Node> found = known.byIdentifier(id);
            if (found.size() == 1)
                return Optional.of(found.iterator().next());
            if (found.size() > 1) {
                errors.add(new RowError(id.equals(row.neq()) ? "neq" : "identifier",
                                        "ambiguous identifier: " + id + " is held by " + names(found)));
                return Optional.empty();
            }
        }
        Set<Node> byName = new LinkedHashSet<>();
        if (row.nameFr() != null)
            byName.addAll(known.byName(row.nameFr()));
        if (row.nameEn() != null)
            byName.addAll(known.byName(row.nameEn()));
        if (byName.isEmpty())
            return Optional.empty();
        if (row.municipality() != null) {
            List<Node> there = known.inMunicipality(byName, row.municipality());
            if (there.size() == 1)
                return Optional.of(there.get(0));
            if (there.isEmpty() && byName.size() == 1 && !known.hasMunicipality(byName.iterator().next()))
                return Optional.of(byName.iterator().next());
            errors.add(new RowError("name_fr", "ambiguous match: '" + row.label() + "' in " + row.municipality() + " could be "
                                               + names(there.isEmpty() ? byName : new LinkedHashSet<>(there))
                                               + "; give its identifier (an alukg IRI such as org/slug, or its NEQ) to link, or another name"));
            return Optional.empty();
        }
        if (byName.size() == 1)
            return Optional.of(byName.iterator().next());
        errors.add(new RowError("name_fr", "ambiguous match: '" + row.label() + "' could be " + names(byName)
                                           + "; give a municipality or its identifier"));
        return Optional.empty();
    }

    /** The references of one list field, each to an entity of the graph or a row; every one that fails adds an error. */
    private List<Reference> references(CheckedRow row, String field, List<String> refs, Node self, RowIndex index,
                                       Map<Long, Node> existing, List<RowError> errors) {
        List<Reference> out = new ArrayList<>();
        for (String ref : refs) {
            Optional<Node> iri = iriOf(ref, base);
            if (iri.isPresent()) {
                if (known.exists(iri.get()))
                    out.add(new Reference.ToEntity(iri.get()));
                else
                    errors.add(new RowError(field, "unknown organisation or facility: " + ref));
                continue;
            }
            Set<Reference> candidates = new LinkedHashSet<>();
            index.byIdentifier(ref).forEach(r -> candidates.add(reference(r, existing)));
            known.byIdentifier(ref).forEach(n -> candidates.add(new Reference.ToEntity(n)));
            if (candidates.isEmpty()) {
                index.byName(ref).forEach(r -> candidates.add(reference(r, existing)));
                known.byName(ref).forEach(n -> candidates.add(new Reference.ToEntity(n)));
            }
            if (candidates.isEmpty()) {
                List<InventoryRow> down = index.turnedDown(ref);
                errors.add(new RowError(field, down.isEmpty()
                    ? "unknown organisation: '" + ref + "' (not a row of this file nor in the graph; "
                      + "give its alukg IRI such as org/rio-tinto, its NEQ, or add a row for it)"
                    : "refers to a row that is rejected: '" + ref + "' is " + down.stream().map(r -> "row " + r.number())
                        .collect(Collectors.joining(", "))));
            } else if (candidates.size() > 1) {
                errors.add(new RowError(field, "ambiguous reference: '" + ref + "' could be "
                                               + candidates.stream().map(this::name).collect(Collectors.joining(", "))
                                               + "; give an identifier"));
            } else {
                Reference only = candidates.iterator().next();
                if (only.equals(new Reference.ToRow(row.number())) || self != null && only.equals(new Reference.ToEntity(self)))
                    errors.add(new RowError(field, "refers to itself: '" + ref + "'"));
                else
                    out.add(only);
            }
        }
        return out;
    }

    /** A row linked to an entity of the graph and that entity are one candidate. */
    private static Reference reference(CheckedRow row, Map<Long, Node> existing) {
        Node e = existing.get(row.number());
        return e != null ? new Reference.ToEntity(e) : new Reference.ToRow(row.number());
    }

    /** The IRI a reference such as {@code org/rio-tinto}, {@code site/alma} or a full IRI of one of our things names. */
    static Optional<Node> iriOf(String ref, String base) {
        Optional<ShortForm> shortForm = ShortForm.parse(ref).filter(s -> s.kind().equals("org") || s.kind().equals("site"));
        if (shortForm.isPresent())
            return Optional.of(NodeFactory.createURI(shortForm.get().iri(base)));
        return ShortForm.of(ref, base).map(s -> NodeFactory.createURI(ref));
    }

    private String name(Reference r) {
        return r instanceof Reference.ToRow row ? "row " + row.row() : name(((Reference.ToEntity) r).iri());
    }

    private String name(Node n) { return ShortForm.of(n.getURI(), base).map(ShortForm::toString).orElse(n.getURI()); }

    private String names(Set<Node> nodes) { return nodes.stream().map(this::name).collect(Collectors.joining(", ")); }

    /** The rows of the file by identifier and by name: those accepted so far, and those turned down. */
    private static final class RowIndex {
        private final Map<String, List<CheckedRow>> accepted = new HashMap<>();
        private final Map<String, List<InventoryRow>> down = new HashMap<>();

        RowIndex(List<CheckedRow> rows, List<InventoryRow> turnedDown) {
            for (CheckedRow r : rows) {
                for (String id : new String[] {r.neq(), r.identifier()})
                    if (id != null)
                        accepted.computeIfAbsent("id " + id, k -> new ArrayList<>()).add(r);
                for (String name : new String[] {r.nameFr(), r.nameEn()})
                    if (name != null)
                        accepted.computeIfAbsent("name " + Names.normalise(name), k -> new ArrayList<>()).add(r);
            }
            for (InventoryRow r : turnedDown)
                for (String key : keys(r))
                    down.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }

        private static List<String> keys(InventoryRow r) {
            List<String> keys = new ArrayList<>();
            String neq = r.text("neq");
            if (neq != null)
                keys.add("id " + neq.replaceAll("[\\s-]", ""));
            if (r.text("identifier") != null)
                keys.add("id " + r.text("identifier"));
            for (String field : new String[] {"name_fr", "name_en"})
                if (r.text(field) != null)
                    keys.add("name " + Names.normalise(r.text(field)));
            return keys;
        }

        List<CheckedRow> byIdentifier(String ref) { return accepted.getOrDefault("id " + ref, List.of()); }

        List<CheckedRow> byName(String ref) { return accepted.getOrDefault("name " + Names.normalise(ref), List.of()); }

        /** The rows turned down that {@code ref} names, by identifier or name. */
        List<InventoryRow> turnedDown(String ref) {
            Set<InventoryRow> out = new LinkedHashSet<>(down.getOrDefault("id " + ref, List.of()));
            out.addAll(down.getOrDefault("name " + Names.normalise(ref), List.of()));
            return List.copyOf(out);
        }
    }
}
