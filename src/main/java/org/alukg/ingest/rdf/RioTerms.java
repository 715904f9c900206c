package org.alukg.ingest.rdf;

import org.alukg.problem.Problem;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Triple;
import org.eclipse.rdf4j.model.Value;

/**
 * Rio's terms as Jena nodes. Blank node labels get a salt (the import's id), so that the blank nodes of two
 * imports never merge.
 */
final class RioTerms {
    private final String salt;

    RioTerms(String salt) { this.salt = salt; }

    Node node(Value v) {
        if (v instanceof IRI iri)
            return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b)
            return NodeFactory.createBlankNode(salt + b.getID());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent())
                return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
        }
        if (v instanceof Triple t)
            return NodeFactory.createTripleNode(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        throw Problem.internal("an RDF term Rio gave that alukg does not know: " + v.getClass().getName(), null);
    }
}
