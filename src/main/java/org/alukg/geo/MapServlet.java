package org.alukg.geo;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.geosparql.implementation.GeometryWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@code GET /api/map}: every point of the data as GeoJSON (RFC 7946, longitude then latitude), one feature per
 * facility or organisation, with its IRI, English name, the precision of its point and the point's source.
 */
final class MapServlet extends HttpServlet {
    static final String MEDIA_TYPE = "application/geo+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POINTS = """
        PREFIX alu:  <https://w3id.org/alukg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX geo:  <http://www.opengis.net/ont/geosparql#>
        PREFIX dct:  <http://purl.org/dc/terms/>
        SELECT ?thing ?wkt ?precision ?source (SAMPLE(?label) AS ?name) WHERE {
          ?thing geo:hasGeometry ?g .
          ?g geo:asWKT ?wkt ; alu:coordinatePrecision ?precision ; dct:source ?source .
          OPTIONAL { ?thing rdfs:label ?label FILTER(langMatches(lang(?label), "en")) }
        } GROUP BY ?thing ?wkt ?precision ?source ORDER BY ?thing
        """;

    private final transient Store store;

    MapServlet(Store store) { this.store = store; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String format = req.getParameter("format");
        if (format != null && !format.equals("geojson"))
            throw Problem.badValue("format", "must be geojson", format);
        ObjectNode collection = store.read(this::features);
        res.setContentType(MEDIA_TYPE);
        JSON.writeValue(res.getOutputStream(), collection);
    }

    private ObjectNode features() {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        try (QueryExec qe = QueryExec.dataset(store.dataset()).query(POINTS).build()) {
            qe.select().forEachRemaining(row -> {
                Coordinate at = GeometryWrapper.extract(row.get("wkt")).getXYGeometry().getCoordinate();
                ObjectNode f = features.addObject().put("type", "Feature").put("id", row.get("thing").getURI());
                f.putObject("geometry").put("type", "Point").putArray("coordinates").add(at.getX()).add(at.getY());
                ObjectNode p = f.putObject("properties");
                p.put("name", row.contains("name") ? row.get("name").getLiteralLexicalForm() : row.get("thing").getURI());
                p.put("precision", row.get("precision").getLiteralLexicalForm());
                p.put("source", row.get("source").getURI());
            });
        }
        return collection;
    }
}
