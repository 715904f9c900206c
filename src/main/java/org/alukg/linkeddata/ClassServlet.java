package org.alukg.linkeddata;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;

/**
 * {@code /class/Smelter}: the page of one class of the ontology, listing its things (of it or of a subclass) a page at
 * a time ({@code ?page=}), with links up to its superclasses and the ontology, and down to its subclasses.
 */
final class ClassServlet extends LinkedDataServlet {
    private final Browsing browsing;

    ClassServlet(String base, Browsing browsing) {
        super(base);
        this.browsing = browsing;
    }

    @Override
    Reply answer(HttpServletRequest req) {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        String local = info.startsWith("/") ? info.substring(1) : info;
        Map<String, Browsing.OntologyClass> classes = browsing.classes();
        Browsing.OntologyClass c = classes.get(local);
        if (c == null)
            throw Problem.notFound("no such class: " + (local.length() > 80 ? local.substring(0, 80) + "…" : local));
        PageContext view = PageContext.of(req, base);
        InterfaceText w = view.words();
        String lang = w.lang();
        List<Browsing.Listed> things = browsing.instances(classes, local, lang);
        int page = ListPage.page(req.getParameter("page"), things.size());
        List<Ref> up = new java.util.ArrayList<>(c.parents().stream()
            .map(p -> new Ref(classes.get(p).name(lang), view.local(Routes.classPage(p)))).toList());
        up.add(new Ref(w.text("footer.ontology"), view.local(Routes.ONTOLOGY + "#hierarchy")));
        List<Ref> down = c.children().stream()
            .map(k -> new Ref(classes.get(k).name(lang), view.local(Routes.classPage(k)))).toList();
        String title = c.name(lang);
        return Reply.page("org/alukg/linkeddata/listing.jte",
                          ListPage.of(view.frame(title, List.of()), w, view, Routes.classPage(local), title,
                                      c.definition(lang), w.text("browse.up"), up, w.text("browse.subclasses"), down,
                                      things, page), lang);
    }
}
