package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the browsing pages read from the store: the classes of the ontology with their subclasses and how many things
 * are of each (directly or through a subclass), the things of a class, and the things whose IRIs are of one kind
 * ({@code …/id/site/…}), each with its name in the page's language, sorted by name.
 */
final class Browsing {
    /** One class of the ontology: its local name, names, description, superclasses and subclasses of ours, count. */
    record OntologyClass(String local, Map<String, String> names, Map<String, String> definitions, List<String> parents,
                         List<String> children, int count) {
        String name(String lang) { return names.getOrDefault(lang, names.getOrDefault("en", local)); }

        String definition(String lang) { return definitions.getOrDefault(lang, definitions.getOrDefault("en", "")); }
    }

    /** A thing listed: its IRI and its name. */
    record Listed(String iri, String name) {}

    private final Store store;
    private final String base;

    Browsing(Store store, String base) {
        this.store = store;
        this.base = base;
    }

    /** The classes of the ontology by local name, in the order of their local names. */
    Map<String, OntologyClass> classes() {
        return store.read(() -> {
            Graph ontology = store.dataset().getGraph(Alu.GRAPH_ONTOLOGY);
            Set<String> locals = new TreeSet<>();
            ontology.find(Node.ANY, RDF.type.asNode(), OWL.Class.asNode()).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Alu.NS))
                    locals.add(t.getSubject().getURI().substring(Alu.NS.length()));
            });
            Map<String, List<String>> parents = new HashMap<>(), children = new HashMap<>();
            for (String c : locals) {
                ontology.find(node(c), RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
                    String p = t.getObject().isURI() && t.getObject().getURI().startsWith(Alu.NS)
                        ? t.getObject().getURI().substring(Alu.NS.length()) : null;
                    if (p != null && locals.contains(p) && !p.equals(c)) {
                        parents.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
                        children.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
                    }
                });
            }
            Map<String, Set<Node>> direct = new HashMap<>();
            store.dataset().getUnionGraph().find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI() && t.getObject().getURI().startsWith(Alu.NS))
                    direct.computeIfAbsent(t.getObject().getURI().substring(Alu.NS.length()), k -> new java.util.HashSet<>())
                          .add(t.getSubject());
            });
            Map<String, OntologyClass> out = new java.util.LinkedHashMap<>();
            for (String c : locals) {
                Set<Node> all = new java.util.HashSet<>();
                for (String d : descendants(c, children))
                    all.addAll(direct.getOrDefault(d, Set.of()));
                List<String> kids = new ArrayList<>(children.getOrDefault(c, List.of()));
                kids.sort(Comparator.naturalOrder());
                out.put(c, new OntologyClass(c, literals(ontology, node(c), RDFS.label.asNode()),
                                             literals(ontology, node(c), SKOS.definition.asNode()),
                                             parents.getOrDefault(c, List.of()), kids, all.size()));
            }
            return out;
        });
    }

    /** The things of class {@code local} or of one of its subclasses, with their names in {@code lang}, sorted by name. */
    List<Listed> instances(Map<String, OntologyClass> classes, String local, String lang) {
        Map<String, List<String>> children = new HashMap<>();
        classes.values().forEach(c -> children.put(c.local(), c.children()));
        Set<String> types = descendants(local, children);
        return store.read(() -> {
            Graph g = store.dataset().getUnionGraph();
            Set<Node> things = new LinkedHashSet<>();
            for (String t : types)
                g.find(Node.ANY, RDF.type.asNode(), node(t)).forEachRemaining(x -> things.add(x.getSubject()));
            return named(g, things, lang);
        });
    }

    /** The things whose IRIs are {@code <base>id/<kind>/…}, with their names in {@code lang}, sorted by name. */
    List<Listed> ofKind(String kind, String lang) {
        String prefix = base + "id/" + kind + "/";
        return store.read(() -> {
            Graph g = store.dataset().getUnionGraph();
            Set<Node> things = new LinkedHashSet<>();
            g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix))
                    things.add(t.getSubject());
            });
            return named(g, things, lang);
        });
    }

    private static List<Listed> named(Graph g, Set<Node> things, String lang) {
        List<Listed> out = new ArrayList<>();
        for (Node t : things) {
            if (!t.isURI())
                continue;
            Map<String, String> labels = literals(g, t, RDFS.label.asNode());
            Map<String, String> names = labels.isEmpty() ? literals(g, t, SKOS.prefLabel.asNode()) : labels;
            String name = Optional.ofNullable(names.get(lang)).or(() -> Optional.ofNullable(names.get("en")))
                                  .or(() -> names.values().stream().findFirst()).orElse(t.getURI());
            out.add(new Listed(t.getURI(), name));
        }
        out.sort(Comparator.comparing((Listed l) -> l.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Listed::iri));
        return out;
    }

    /** The literals of {@code s}'s property {@code p} by language ("" for none); of several, the first in order. */
    private static Map<String, String> literals(Graph g, Node s, Node p) {
        Map<String, String> out = new java.util.TreeMap<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral())
                out.merge(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm(),
                          (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        return out;
    }

    /** {@code c} and every class below it. */
    private static Set<String> descendants(String c, Map<String, List<String>> children) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next))
                todo.addAll(children.getOrDefault(next, List.of()));
        }
        return seen;
    }

    private static Node node(String local) { return NodeFactory.createURI(Alu.NS + local); }
}
