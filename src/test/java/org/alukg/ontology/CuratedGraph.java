package org.alukg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.alukg.testing.ContentTree;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The ontology and the curated data as the tests see them: the project's content as the test harness loaded and
 * validated it once per JVM ({@link ContentTree#PROJECT}), queried as the union of its ontology, shapes and curated
 * graphs (the meta graph of the load left out). Paths are relative to the working directory (the project root under
 * Maven).
 */
final class CuratedGraph {

    static final Path ROOT = Path.of("").toAbsolutePath();

    private static DatasetGraph loaded;

    private CuratedGraph() {}

    /** The dataset, loaded once per test JVM; read-only use only. */
    static synchronized DatasetGraph dataset() {
        if (loaded == null) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            Set<Node> graphs = Set.of(Alu.GRAPH_ONTOLOGY, Alu.GRAPH_SHAPES, Alu.GRAPH_CURATED);
            ContentTree.PROJECT.loadedQuads().stream().filter(q -> graphs.contains(q.getGraph())).forEach(dsg::add);
            loaded = dsg;
        }
        return loaded;
    }

    /** The union of the ontology and curated graphs. */
    static Model union() {
        return ModelFactory.createModelForGraph(dataset().getUnionGraph());
    }

    /** The ontology file alone (the subclass axioms shapes need), without the data. */
    static Graph ontologyOnly() {
        return RDFDataMgr.loadGraph(ROOT.resolve("ontology/alukg.ttl").toString());
    }

    static List<QuerySolution> select(Model model, String queryText) {
        Query query = QueryFactory.create(queryText);
        try (QueryExecution qexec = QueryExecution.model(model).query(query).build()) {
            ResultSet rs = qexec.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
