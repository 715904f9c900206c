package org.alukg.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alukg.http.Routes;
import org.alukg.http.Templates;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.apache.jena.geosparql.implementation.GeometryWrapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@code GET /api/map}: every point of the data as GeoJSON (RFC 7946, longitude then latitude), one feature per
 * facility or organisation, with its IRI, English name, the path of its page, the precision of its point and the point's source; or, with
 * {@code format=svg}, as a map of Québec ({@link QuebecMap}). With {@code focus} (an IRI of ours or its short form,
 * {@code org/alcoa}), the things that belong to it are marked: itself, the things it names or that name it (a
 * smelter's region, a region's sites, an operator's plants) and the things it owns.
 */
final class MapServlet extends HttpServlet {
    static final String MEDIA_TYPE = "application/geo+json";
    static final String SVG_TYPE = "image/svg+xml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POINTS = """
        PREFIX alu:  <https://w3id.org/alukg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX geo:  <http://www.opengis.net/ont/geosparql#>
        PREFIX dct:  <http://purl.org/dc/terms/>
        SELECT ?thing ?wkt ?precision ?source (SAMPLE(?label) AS ?name) (SAMPLE(?mine) AS ?belongs) WHERE {
          ?thing geo:hasGeometry ?g .
          ?g geo:asWKT ?wkt ; alu:coordinatePrecision ?precision ; dct:source ?source .
          OPTIONAL { ?thing rdfs:label ?label FILTER(langMatches(lang(?label), "en")) }
          BIND(BOUND(?focus) && (?thing = ?focus || EXISTS { ?thing ?p ?focus } || EXISTS { ?focus ?q ?thing }
                                 || EXISTS { ?share alu:owner ?focus ; alu:ownedEntity ?thing }) AS ?mine)
        } GROUP BY ?thing ?wkt ?precision ?source ORDER BY ?thing
        """;

    private final transient Store store;
    private final String base;

    MapServlet(Store store, String base) {
        this.store = store;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String format = req.getParameter("format");
        if (format != null && !format.equals("geojson") && !format.equals("svg"))
            throw Problem.badValue("format", "must be geojson or svg", format);
        Node focus = focus(req.getParameter("focus"));
        List<Binding> rows = store.read(() -> points(focus));
        if ("svg".equals(format)) {
            res.setContentType(SVG_TYPE + ";charset=utf-8");
            res.getOutputStream().write(Templates.render("org/alukg/geo/map.jte", map(rows)).getBytes(StandardCharsets.UTF_8));
            return;
        }
        res.setContentType(MEDIA_TYPE);
        JSON.writeValue(res.getOutputStream(), features(rows));
    }

    private Node focus(String value) {
        if (value == null)
            return null;
        String iri = value.startsWith(base) ? value : base + "id/" + value;
        if (!iri.substring(base.length()).matches("id/[a-z]+/[a-z0-9-]+"))
            throw Problem.badValue("focus", "must be an IRI of ours or its short form, such as org/alcoa", value);
        return NodeFactory.createURI(iri);
    }

    private List<Binding> points(Node focus) {
        List<Binding> rows = new ArrayList<>();
        var exec = QueryExec.dataset(store.dataset()).query(POINTS);
        if (focus != null)
            exec = exec.substitution("focus", focus);
        try (QueryExec qe = exec.build()) {
            qe.select().forEachRemaining(rows::add);
        }
        return rows;
    }

    private QuebecMap map(List<Binding> rows) {
        List<QuebecMap.Site> sites = new ArrayList<>();
        for (Binding row : rows) {
            Coordinate at = at(row);
            sites.add(new QuebecMap.Site(page(row), name(row), at.getX(), at.getY(), belongs(row)));
        }
        return QuebecMap.of("Sites of the Québec aluminium cluster", sites);
    }

    /** The path of a thing's page on this server (its IRI, {@code /id/…}, which answers 303 to its document). */
    private String page(Binding row) {
        String iri = row.get("thing").getURI();
        return iri.startsWith(base) ? "/" + iri.substring(base.length()) : Routes.ID;
    }

    private ObjectNode features(List<Binding> rows) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Binding row : rows) {
            Coordinate at = at(row);
            ObjectNode f = features.addObject().put("type", "Feature").put("id", row.get("thing").getURI());
            f.putObject("geometry").put("type", "Point").putArray("coordinates").add(at.getX()).add(at.getY());
            ObjectNode p = f.putObject("properties");
            p.put("name", name(row));
            p.put("page", page(row));
            p.put("precision", row.get("precision").getLiteralLexicalForm());
            p.put("source", row.get("source").getURI());
            if (belongs(row))
                p.put("focus", true);
        }
        return collection;
    }

    private static Coordinate at(Binding row) {
        return GeometryWrapper.extract(row.get("wkt")).getXYGeometry().getCoordinate();
    }

    private static String name(Binding row) {
        return row.contains("name") ? row.get("name").getLiteralLexicalForm() : row.get("thing").getURI();
    }

    private static boolean belongs(Binding row) {
        return row.contains("belongs") && "true".equals(row.get("belongs").getLiteralLexicalForm());
    }
}
