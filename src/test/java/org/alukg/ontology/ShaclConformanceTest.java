package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;

/** The curated data and the ontology, together, have no SHACL violation. */
class ShaclConformanceTest {

    static Shapes shapes() {
        return Shapes.parse(RDFDataMgr.loadGraph(CuratedGraph.ROOT.resolve("ontology/shapes.ttl").toString()));
    }

    static List<ReportEntry> violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).toList();
    }

    static String describe(List<ReportEntry> entries) {
        return entries.stream()
                .map(e -> e.severity().level().getLocalName() + " " + e.focusNode() + " "
                        + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void curatedDataConformsToShapes() {
        ValidationReport report = ShaclValidator.get().validate(shapes(), CuratedGraph.dataset().getUnionGraph());
        List<ReportEntry> violations = violations(report);
        assertTrue(violations.isEmpty(), "SHACL violations in data/ and ontology/:\n" + describe(violations));
    }

    @Test
    void shapesCoverEveryCoreClass() {
        String[] core = {"Organization", "Producer", "Supplier", "Processor", "Manufacturer", "Association",
            "ResearchCentre", "TrainingCentre", "Authority", "Facility", "Smelter", "Industry", "Region", "Product",
            "SupplyRelationship", "Ownership", "Source", "DatedValue", "Funding", "Event", "Merger", "Acquisition"};
        var shapesGraph = RDFDataMgr.loadModel(CuratedGraph.ROOT.resolve("ontology/shapes.ttl").toString());
        for (String c : core) {
            var cls = shapesGraph.createResource("https://w3id.org/alukg/ontology#" + c);
            var targetClass = shapesGraph.createProperty("http://www.w3.org/ns/shacl#targetClass");
            assertFalse(shapesGraph.listSubjectsWithProperty(targetClass, cls).toList().isEmpty(),
                    "no shape targets alu:" + c);
        }
    }
}
