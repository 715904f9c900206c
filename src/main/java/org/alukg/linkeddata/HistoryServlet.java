package org.alukg.linkeddata;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.http.Templates;
import org.alukg.problem.Problem;
import org.alukg.vocab.ShortForm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /api/history?of=site/alma&measure=capacity}: the chart of one figure over time of one thing, the picture its
 * page shows beside the table, as an SVG image ({@code lang=fr} for French numbers and names).
 */
final class HistoryServlet extends LinkedDataServlet {
    private final Describer describer;
    private final Suggestions near;

    HistoryServlet(String base, Describer describer, Suggestions near) {
        super(base);
        this.describer = describer;
        this.near = near;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        String of = req.getParameter("of");
        String measure = req.getParameter("measure");
        if (of == null || of.isBlank())
            throw Problem.badValue("of", "missing, give a short form such as site/alma", "");
        if (measure == null || measure.isBlank())
            throw Problem.badValue("measure", "missing, give a figure such as capacity or employees", "");
        ShortForm thing = ShortForm.parse(of.strip())
            .orElseThrow(() -> Problem.badValue("of", "not a short form such as site/alma", of));
        String iri = thing.iri(base);
        Graph description = describer.describe(NodeFactory.createURI(iri));
        if (description.isEmpty())
            throw IdServlet.unknown(iri, near.near(thing));
        PageContext view = PageContext.of(req, base);
        ResourcePage page = DescriptionReader.read(view, description, describer.vocabulary(description), iri,
                                                   Routes.doc(thing.toString()));
        HistoryChart chart = page.values().stream().filter(t -> t.measure().equals(measure) && t.chart() != null)
            .map(ResourcePage.ValueTable::chart).findFirst()
            .orElseThrow(() -> Problem.notFound("no figures over two years or more for this measure of " + thing + ": " + measure));
        return Reply.ok("image/svg+xml;charset=utf-8",
                        Templates.render("org/alukg/linkeddata/chart.jte", chart).getBytes(StandardCharsets.UTF_8))
            .withHeader("Content-Language", view.words().lang());
    }
}
