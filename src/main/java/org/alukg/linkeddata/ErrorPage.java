package org.alukg.linkeddata;

import java.util.List;

/** The page of an error: its status, the one-line message, and for an unknown IRI the near names we know. */
final class ErrorPage {
    private ErrorPage() {}

    static String html(PageContext view, int status, String message, List<Suggestions.Suggestion> suggestions) {
        InterfaceText w = view.words();
        String heading = w.text(status == 404 ? "error.notFound" : status >= 500 ? "error.server" : "error.request");
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(heading))
         .append("</h1>\n<p class=\"message\"><code>").append(Html.esc(message)).append("</code></p>\n");
        if (!suggestions.isEmpty()) {
            b.append("<h2>").append(Html.esc(w.text("error.didYouMean"))).append("</h2>\n<ul class=\"suggestions\">\n");
            for (Suggestions.Suggestion s : suggestions)
                b.append("<li>").append(Html.link(view.local(s.path()), s.label())).append(" <code>")
                 .append(Html.esc(s.path())).append("</code></li>\n");
            b.append("</ul>\n");
        }
        return Html.page(view, status + " " + heading, b.toString(), List.of());
    }
}
