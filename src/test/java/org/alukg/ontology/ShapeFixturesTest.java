package org.alukg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small files that must pass the shapes (src/test/resources/shapes/pass) or must fail them
 * (shapes/fail). A failing file names, in a comment "# expect: ...", a piece of the violation
 * message it must cause, so that it fails for the intended reason.
 */
class ShapeFixturesTest {

    private static final Path DIR = CuratedGraph.ROOT.resolve("src/test/resources/shapes");
    private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (.+)$");

    static Stream<Path> passing() {
        return CuratedGraph.files(DIR.resolve("pass"), ".ttl").stream();
    }

    static Stream<Path> failing() {
        return CuratedGraph.files(DIR.resolve("fail"), ".ttl").stream();
    }

    private static List<ReportEntry> violationsOf(Path fixture) {
        Graph g = GraphFactory.createDefaultGraph();
        CuratedGraph.ontologyOnly().find().forEachRemaining(g::add);
        RDFDataMgr.read(g, fixture.toString());
        ValidationReport report = ShaclValidator.get().validate(ShaclConformanceTest.shapes(), g);
        return ShaclConformanceTest.violations(report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passing")
    void passesShapes(Path fixture) {
        List<ReportEntry> violations = violationsOf(fixture);
        assertTrue(violations.isEmpty(), fixture.getFileName() + " should conform but has:\n"
                + ShaclConformanceTest.describe(violations));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void failsShapesForTheStatedReason(Path fixture) {
        Matcher m = EXPECT.matcher(CuratedGraph.read(fixture));
        assertTrue(m.find(), fixture.getFileName() + " has no '# expect: <message part>' line");
        String expected = m.group(1).trim();
        List<ReportEntry> violations = violationsOf(fixture);
        assertFalse(violations.isEmpty(), fixture.getFileName() + " should violate the shapes but conforms");
        assertTrue(violations.stream().anyMatch(e -> e.message().contains(expected)),
                fixture.getFileName() + " should cause a violation containing '" + expected + "' but has:\n"
                        + ShaclConformanceTest.describe(violations));
    }
}
