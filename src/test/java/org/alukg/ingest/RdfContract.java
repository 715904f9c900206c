package org.alukg.ingest;

import java.io.ByteArrayOutputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** The RDF of the contract tests: one valid, sourced organisation, written in a given syntax by Jena. */
final class RdfContract {
    private RdfContract() {}

    static String turtle(String label) {
        return """
            @prefix alu: <https://w3id.org/alukg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix schema: <http://schema.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/alukg/id/org/example-contract-rdf> a alu:Organization , alu:Processor ;
                rdfs:label "%s"@en , "%s (fr)"@fr ;
                rdfs:comment "A fictional firm of the import contract tests."@en ;
                alu:makesProduct [ rdfs:label "a blank node to show they are kept"@en ] ;
                dct:source <https://w3id.org/alukg/id/source/example-contract-rdf> ;
                alu:confidence alu:LowConfidence .
            <https://w3id.org/alukg/id/source/example-contract-rdf> a alu:Source ;
                schema:url <https://example.org/alukg/fictional> ;
                dct:date "2024"^^xsd:gYear .
            """.formatted(label, label);
    }

    static Model model(String label) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.StringReader(turtle(label)), null, Lang.TURTLE);
        return m;
    }

    static byte[] write(String label, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG) || lang.equals(Lang.TRIX)) {
            var ds = DatasetFactory.create();
            ds.addNamedModel("https://example.org/some-graph", model(label));
            RDFDataMgr.write(out, ds, lang);
        } else {
            RDFDataMgr.write(out, model(label), lang);
        }
        return out.toByteArray();
    }
}
