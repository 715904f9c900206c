package org.alukg.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;

import org.alukg.testing.Curated;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Why the closure leaves out {@code rdfs:domain} and {@code rdfs:range}: over the curated data they would type nodes
 * with classes that are neither asserted for them nor above an asserted class — anonymous unions, or a class the node
 * is not (the test names them). Should the data and ontology ever stop producing such types, this test fails, and
 * domain and range can be taken into the closure.
 */
class DomainRangeTest {
    /** What the run measured, in the test log (not on standard output, which the command-line tests read). */
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DomainRangeTest.class);
    @RegisterExtension static final Curated curated = Curated.project();

    @Test
    void domainAndRangeWouldTypeNodesWithClassesNoOneAssertedForThem() {
        Graph asserted = InferenceTesting.asserted(curated.copy());
        Set<String> byDomain = InferredGraphTest.columnOf(asserted,
            "SELECT DISTINCT ?what WHERE { ?p rdfs:domain ?d . ?x ?p ?o . FILTER NOT EXISTS { ?x a/rdfs:subClassOf* ?d } "
            + "BIND(CONCAT(STR(?p), ' -> ', IF(isBlank(?d), 'an anonymous union', STR(?d))) AS ?what) }");
        Set<String> byRange = InferredGraphTest.columnOf(asserted,
            "SELECT DISTINCT ?what WHERE { ?p rdfs:range ?r . FILTER(isBlank(?r) || STRSTARTS(STR(?r), 'https://w3id.org/alukg/')) "
            + "?s ?p ?x . FILTER(!isLiteral(?x)) FILTER NOT EXISTS { ?x a/rdfs:subClassOf* ?r } "
            + "BIND(CONCAT(STR(?p), ' -> ', IF(isBlank(?r), 'an anonymous union', STR(?r))) AS ?what) }");
        assertFalse(byDomain.isEmpty() && byRange.isEmpty(),
                    "domain and range add no surprising type any more: they may join the closure");
        LOG.info("types domain would add: " + byDomain + "\ntypes range would add: " + byRange);
    }

    @Test
    void theClosureCarriesNoTypeFromADomainOrRange() {
        var store = curated.copy();
        Graph asserted = InferenceTesting.asserted(store);
        Set<String> fromDomainOnly = InferredGraphTest.columnOf(asserted,
            "SELECT DISTINCT ?d WHERE { ?p rdfs:domain ?d FILTER isIRI(?d) }");
        for (var t : InferenceTesting.inferred(store))
            if (t.getPredicate().equals(RDF.type.asNode()))
                assertFalse(asserted.find(t.getSubject(), RDF.type.asNode(), org.apache.jena.graph.Node.ANY).toList().isEmpty(),
                            "an inferred type of a node with no asserted type (only domain or range could give it): " + t);
        assertEquals(Set.of(), Set.of(), "");
        assertFalse(fromDomainOnly.isEmpty(), "the ontology declares domains");
        assertFalse(asserted.find(org.apache.jena.graph.Node.ANY, RDFS.domain.asNode(), org.apache.jena.graph.Node.ANY).toList().isEmpty());
        assertFalse(store.read(() -> store.dataset().getGraph(Alu.GRAPH_INFERRED).isEmpty()));
    }
}
