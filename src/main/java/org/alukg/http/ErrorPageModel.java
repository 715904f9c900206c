package org.alukg.http;

import java.util.List;

import org.alukg.http.ProblemResponses.Suggestion;

/** What the error page shows: the status, its heading in the page's language, the detail, near names. */
public record ErrorPageModel(String lang, int status, String heading, String detail, List<Suggestion> suggestions,
                             String didYouMean, String stylesheet, String editor) {}
