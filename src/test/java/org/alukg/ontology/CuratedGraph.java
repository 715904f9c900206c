package org.alukg.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * The ontology and the curated data as the tests see them: ontology/*.ttl in the graph
 * {@value #ONTOLOGY_GRAPH}, data/*.ttl in {@value #CURATED_GRAPH}, queried as their union.
 * Paths are relative to the working directory (the project root under Maven).
 */
final class CuratedGraph {

    static final String ONTOLOGY_GRAPH = "https://w3id.org/alukg/graph/ontology";
    static final String CURATED_GRAPH = "https://w3id.org/alukg/graph/curated";
    static final Path ROOT = Path.of("").toAbsolutePath();

    private static DatasetGraph loaded;

    private CuratedGraph() {}

    /** The dataset, loaded once per test JVM; read-only use only. */
    static synchronized DatasetGraph dataset() {
        if (loaded == null) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            loadInto(dsg, NodeFactory.createURI(ONTOLOGY_GRAPH), turtleFiles(ROOT.resolve("ontology")));
            loadInto(dsg, NodeFactory.createURI(CURATED_GRAPH), turtleFiles(ROOT.resolve("data")));
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

    private static List<Path> turtleFiles(Path dir) {
        List<Path> files = files(dir, ".ttl");
        if (files.isEmpty()) {
            throw new IllegalStateException("no Turtle files in " + dir);
        }
        return files;
    }

    private static void loadInto(DatasetGraph dsg, Node graphName, List<Path> files) {
        Graph g = dsg.getGraph(graphName);
        for (Path f : files) {
            RDFDataMgr.read(g, f.toString());
        }
    }
}
