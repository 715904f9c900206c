package org.alukg.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one table of this server's paths. A module mounts its servlets at these paths, and every link from one feature
 * to another (a page's trace picture, the "query it" link, the query editor, the style sheet) is made here, so no
 * feature spells another's URL.
 */
public final class Routes {
    private Routes() {}

    /** The dataset: endpoints are {@code /cluster/sparql}, {@code /cluster/query} and so on. */
    public static final String DATASET = "cluster";
    public static final String DATASET_PATH = "/" + DATASET;
    public static final String SPARQL = DATASET_PATH + "/sparql";

    // linked data
    public static final String ID = "/id/";
    public static final String DOC = "/doc/";
    public static final String ONTOLOGY = "/ontology";
    /** Our JSON-LD {@code @context}. */
    public static final String ONTOLOGY_CONTEXT = ONTOLOGY + "/context.jsonld";
    public static final String VOID = "/void";
    public static final String WELL_KNOWN_VOID = "/.well-known/void";
    public static final String DUMPS = "/dumps/";
    public static final String ASSETS = "/web/";
    /** The page of one class of the ontology, listing its things: {@code /class/Smelter}. */
    public static final String CLASSES = "/class/";
    public static final String STYLESHEET = ASSETS + "alukg.css";

    // APIs
    public static final String API = "/api/";
    public static final String OPENAPI = "/api/openapi.json";
    public static final String QUERIES = "/api/queries";
    public static final String TRACE = "/api/trace";
    public static final String PATHS = "/api/paths";
    public static final String IMPORTS = "/api/imports";
    /** The chart of a figure over time, served by the linked-data module. */
    public static final String HISTORY = "/api/history";
    public static final String AUDIT = "/api/audit";
    /** The points of the data as GeoJSON. */
    public static final String MAP = "/api/map";
    /** Full-text search, JSON. */
    public static final String SEARCH = "/api/search";
    /** The page of search results that the search box of every page sends to. */
    public static final String SEARCH_PAGE = "/search";
    /** The first-party script of the search box: suggestions as one types. */
    public static final String SEARCH_SCRIPT = ASSETS + "search.js";
    /** The script of the pages' interactive map, and the files of Leaflet it runs on (from its WebJar). */
    public static final String MAP_SCRIPT = ASSETS + "map.js";
    public static final String LEAFLET = ASSETS + "leaflet/";

    // the Fuseki UI and server control
    public static final String UI = "/";
    public static final String UI_QUERY = "/#/dataset/" + DATASET + "/query";
    public static final String ADMIN = "/$/";
    /** Readiness: 200 when what the server keeps in memory is built for the current data (liveness is /$/ping). */
    public static final String READY = ADMIN + "ready";
    public static final String METRICS = ADMIN + "metrics";
    /** Fuseki's health check: 200 while the server runs. */
    public static final String PING = ADMIN + "ping";
    /** {@code POST}: take a backup (credentials required); {@code GET}: list the backups. */
    public static final String BACKUP = ADMIN + "backup";
    /** {@code POST}: compact the store (credentials required). */
    public static final String COMPACT = ADMIN + "compact";
    /** The query editor's own style sheet: hides what this server does not offer. */
    public static final String UI_STYLE = "/ui/alukg-ui.css";
    /** The query editor's own script: the form of a named query's parameters, links to this server. */
    public static final String UI_SCRIPT = "/ui/alukg-ui.js";

    /** The servlet mapping of everything under a prefix such as {@code /api/trace}. */
    public static String under(String prefix) { return (prefix.endsWith("/") ? prefix : prefix + "/") + "*"; }

    /** The page of a thing: {@code /id/site/alma} for the short form {@code site/alma}. */
    public static String thing(String shortForm) { return ID + shortForm; }

    /** The page of the class {@code local} of our ontology ({@code Smelter}), listing its things. */
    public static String classPage(String local) { return CLASSES + local; }

    /** The page listing the things of one kind: {@code /id/site/}. */
    public static String kindPage(String kind) { return ID + kind + "/"; }

    /** The document about a thing: {@code /doc/site/alma} for the short form {@code site/alma}. */
    public static String doc(String shortForm) { return DOC + shortForm; }

    /** A document in one RDF syntax, by its extension: {@code /ontology.ttl}, {@code /doc/site/alma.ttl}. */
    public static String inSyntax(String path, String extension) { return path + "." + extension; }

    /** One file of the downloads. */
    public static String dump(String file) { return DUMPS + file; }

    /** One named query of the API. */
    public static String namedQuery(String name) { return QUERIES + "/" + name; }

    /** The page of search results for {@code q}. */
    public static String searchPage(String q) { return SEARCH_PAGE + "?q=" + encode(q); }

    /** The query editor with a query filled in. */
    public static String editorWith(String query) {
        return UI_QUERY + "?query=" + encode(query);
    }

    /** A trace of the direct supply network of one node, as a picture: what a resource page shows. */
    public static String tracePicture(String iri, String lang) {
        return TRACE + "?from=" + encode(iri) + "&direction=both&depth=1&format=svg&lang=" + encode(lang);
    }

    /** The map of Québec with the places of one thing marked: what region, smelter and organisation pages show. */
    public static String mapPicture(String iri) {
        return MAP + "?format=svg&focus=" + encode(iri);
    }

    /** The points of the map API as GeoJSON, those of one thing marked: what the pages' interactive map shows. */
    public static String mapPoints(String iri) {
        return MAP + "?focus=" + encode(iri);
    }

    /** The chart of one figure over time of one thing: {@code measure} is the property's local name, such as capacity. */
    public static String history(String shortForm, String measure, String lang) {
        return HISTORY + "?of=" + encode(shortForm) + "&measure=" + encode(measure) + "&lang=" + encode(lang);
    }

    /** True for the paths whose errors are problem documents (RFC 9457). */
    /**
     * The route a path belongs to, for metrics: a fixed, small set of names (an API, an endpoint of the dataset, a
     * kind of page), never the path itself.
     */
    public static String family(String path) {
        if (path == null)
            return "other";
        for (String api : new String[] {OPENAPI, QUERIES, TRACE, PATHS, IMPORTS, HISTORY, AUDIT, SEARCH})
            if (path.equals(api) || path.startsWith(api + "/"))
                return api;
        if (isApi(path))
            return "/api";
        if (isDataset(path)) {
            for (String endpoint : new String[] {"sparql", "query", "update", "data", "get", "upload"})
                if (path.equals(DATASET_PATH + "/" + endpoint))
                    return path;
            return DATASET_PATH;
        }
        for (String page : new String[] {ID, DOC, DUMPS, ASSETS, ADMIN, CLASSES})
            if (path.startsWith(page))
                return page.equals(ADMIN) && (path.equals(READY) || path.equals(METRICS) || path.equals(PING))
                    ? path : page.substring(0, page.length() - 1);
        if (path.equals(ONTOLOGY) || path.startsWith(ONTOLOGY + "/") || path.startsWith(ONTOLOGY + "."))
            return ONTOLOGY;
        if (path.equals(SEARCH_PAGE))
            return SEARCH_PAGE;
        if (path.equals(VOID) || path.startsWith(VOID + ".") || path.equals(WELL_KNOWN_VOID))
            return VOID;
        return path.equals(UI) || path.startsWith("/ui/") || path.equals("/index.html") ? "/ui" : "other";
    }

    public static boolean isApi(String path) { return path != null && (path.equals("/api") || path.startsWith(API)); }

    /** True for the dataset's endpoints, whose errors keep Fuseki's status and text. */
    public static boolean isDataset(String path) {
        return path != null && (path.equals(DATASET_PATH) || path.startsWith(DATASET_PATH + "/"));
    }

    public static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
