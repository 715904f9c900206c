package org.alukg.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alukg.vocab.Alu;

/** On the curated data: plain SPARQL, the named-query API, and the pages of a thing against {@code DESCRIBE}. */
final class CuratedPhase extends Phase {
    CuratedPhase(Settings settings, Results results, Targets targets, Virtuoso.Instance virtuoso) {
        super(settings, results, targets, virtuoso);
    }

    @Override
    void run() throws Exception {
        if (!wants(Compare.Measure.sparql, Compare.Measure.named, Compare.Measure.pages))
            return;
        progress("curated data: loading the stores");
        Path a = stores.resolve("alukg-curated"), f = stores.resolve("fuseki-curated");
        Targets.copy(alukgCuratedTemplate(), a);
        Targets.copy(fusekiCuratedTemplate(), f);
        if (virtuoso != null) {
            virtuoso.load(Path.of("ontology"), "*.ttl", CURATED_GRAPH);
            virtuoso.load(Path.of("data"), "*.ttl", CURATED_GRAPH);
        }
        try (Server alukg = targets.alukgServe(a, "--max-queries", "16", "--timeout", "60");
             Server fuseki = targets.fuseki(f, true)) {
            progress("serving: " + alukg + ", " + fuseki);
            if (wants(Compare.Measure.sparql))
                for (String name : List.of("operating-smelters", "smelter-owners", "capacity-sum")) {
                    String q = Files.readString(Path.of("ontology/competency", name + ".rq"));
                    checkSameRows(name, alukg.base + "/cluster/sparql", fuseki.base + "/ds/sparql", q);
                    for (int c : new int[] {1, 16})
                        compare("req/s", true,
                                one("SPARQL " + name + ".rq, " + c + " client" + (c > 1 ? "s" : ""),
                                    () -> Load.rate(Load.query(alukg.base + "/cluster/sparql", q, SPARQL_JSON, ""), c, seconds)),
                                withVirtuoso(one("Fuseki 5.6.0", () -> Load.rate(Load.query(fuseki.base + "/ds/sparql", q, SPARQL_JSON, ""), c, seconds)),
                                             () -> Load.rate(Load.query(virtuoso.sparql(), q, SPARQL_JSON,
                                                                        "&default-graph-uri=" + Load.encode(CURATED_GRAPH)), c, seconds)));
                }
            if (wants(Compare.Measure.named))
                for (String[] nq : new String[][] {{"smelters", ""}, {"owners", "facility=site/becancour"}}) {
                    String sparql = Load.body(Load.get(alukg.base + "/api/queries/" + nq[0] + "/sparql?" + nq[1], "application/sparql-query"));
                    String api = alukg.base + "/api/queries/" + nq[0] + "?format=csv" + (nq[1].isEmpty() ? "" : "&" + nq[1]);
                    for (int c : new int[] {1, 16})
                        compare("req/s", true,
                                one("named query API /api/queries/" + nq[0] + ", " + c + " client" + (c > 1 ? "s" : ""),
                                    () -> Load.rate(Load.get(api, "text/csv"), c, seconds)),
                                one("Fuseki 5.6.0, the same SPARQL", () -> Load.rate(Load.query(fuseki.base + "/ds/sparql", sparql, "text/csv", ""), c, seconds)));
                }
            if (wants(Compare.Measure.pages)) {
                HttpRequest describe = Load.query(fuseki.base + "/ds/sparql", "DESCRIBE <" + Alu.BASE + "id/site/alouette>", "text/turtle", "");
                for (int c : new int[] {1, 16}) {
                    Map<String, Figure> pages = new LinkedHashMap<>();
                    String clients = ", " + c + " client" + (c > 1 ? "s" : "");
                    pages.put("page /doc/site/alouette.html" + clients, () -> Load.rate(Load.get(alukg.base + "/doc/site/alouette.html", "text/html"), c, seconds));
                    pages.put("page /doc/site/alouette.ttl" + clients, () -> Load.rate(Load.get(alukg.base + "/doc/site/alouette.ttl", "text/turtle"), c, seconds));
                    compare("req/s", true, pages, one("Fuseki 5.6.0 DESCRIBE", () -> Load.rate(describe, c, seconds)));
                }
            }
        }
    }

    /** Notes when the two endpoints answer a different number of rows (Fuseki has no inferred graph). */
    private void checkSameRows(String name, String alukg, String fuseki, String q) throws Exception {
        long a = Load.body(Load.query(alukg, q, "text/csv", "")).lines().count();
        long f = Load.body(Load.query(fuseki, q, "text/csv", "")).lines().count();
        if (a != f)
            results.note(name + ".rq: alukg answers " + (a - 1) + " rows, Fuseki " + (f - 1));
    }
}
