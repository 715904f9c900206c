package org.alukg.http;

import java.util.List;

import org.alukg.http.ProblemResponses.Suggestion;

/** What the error page shows: the status, its heading in the page's language, the detail, near names, a search box. */
public record ErrorPageModel(String lang, int status, String heading, String detail, List<Suggestion> suggestions,
                             String didYouMean, String stylesheet, String editor) {
    /** Where the error page's search box sends: the page of search results. */
    public String searchAction() { return Routes.SEARCH_PAGE; }

    /** The search box's label in the page's language. */
    public String searchLabel() { return "fr".equals(lang) ? "Rechercher" : "Search"; }
}
