package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import org.alukg.http.Routes;
import org.alukg.problem.Problem;
import org.alukg.search.Hit;
import org.alukg.search.SearchRequest;
import org.alukg.search.SearchService;

/**
 * {@code /search?q=&kind=&lang=}: the page of search results that the search box of every page sends to, so that
 * search works without script. Each result links to the thing's page; links above the results narrow them to one
 * kind. A bad parameter is answered with the error page, naming it.
 */
public final class SearchPages extends LinkedDataServlet {
    /** How many results the page shows. */
    static final int PAGE_LIMIT = 50;

    private SearchPages(String base) {
        super(base);
    }

    /** The servlet of the results page, answering from the server's search service (its search module). */
    static HttpServlet servlet(String base) {
        return new SearchPages(base);
    }

    @Override
    Reply answer(HttpServletRequest req) {
        PageContext view = PageContext.of(req, base);
        InterfaceText w = view.words();
        String q = req.getParameter("q");
        List<String> kinds = SearchRequest.kinds(req.getParameterValues("kind"));
        List<SearchPage.Result> results = new ArrayList<>();
        String summary = w.text("search.prompt");
        if (q != null && !q.isBlank()) {
            SearchRequest r = new SearchRequest(q, kinds, PAGE_LIMIT, w.lang());
            SearchService search = (SearchService) req.getServletContext().getAttribute(SearchService.ATTRIBUTE);
            if (search == null)
                throw Problem.notFound("no search on this server: " + req.getRequestURI());
            for (Hit h : search.search(r))
                results.add(new SearchPage.Result(new Ref(h.label(), view.local(h.page())), h.id(),
                                                  w.text("search.kind." + h.kind())));
            summary = results.isEmpty() ? w.text("search.none").replace("{0}", q.strip())
                : w.text("search.results").replace("{0}", Integer.toString(results.size())).replace("{1}", q.strip());
        }
        List<SearchPage.KindLink> filters = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            filters.add(new SearchPage.KindLink(w.text("search.allKinds"),
                                                kinds.isEmpty() ? null : view.local(Routes.searchPage(q))));
            for (String k : SearchRequest.allKinds())
                filters.add(new SearchPage.KindLink(w.text("search.kind." + k), kinds.equals(List.of(k)) ? null
                    : view.local(Routes.searchPage(q) + "&kind=" + k)));
        }
        Frame frame = view.frame(w.text("search.title"), List.of());
        return Reply.page("org/alukg/linkeddata/search.jte", new SearchPage(frame, w.text("search.title"), summary,
                                                                           filters, results), w.lang());
    }
}
