package org.alukg.linkeddata;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.alukg.problem.Problem;

/**
 * What a page that lists things shows ({@code listing.jte}): the things of a class or of a kind, a page at a time,
 * with a line saying how many, links to the previous and next pages, and above them the links up (the superclasses,
 * the ontology) and down (the subclasses).
 */
public record ListPage(Frame frame, String title, String description, String upLabel, List<Ref> up, String downLabel,
                       List<Ref> down, String summary, List<Ref> items, Ref previous, Ref next) {
    /** Things a page lists at most. */
    static final int PER_PAGE = 50;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");

    /** The page number asked for ({@code ?page=}, from 1), checked against how many pages {@code total} things fill. */
    static int page(String asked, int total) {
        int pages = pages(total);
        if (asked == null || asked.isBlank())
            return 1;
        if (!WHOLE_NUMBER.matcher(asked.strip()).matches() || Integer.parseInt(asked.strip()) < 1
            || Integer.parseInt(asked.strip()) > pages)
            throw Problem.badValue("page", "must be a whole number from 1 to " + pages, asked);
        return Integer.parseInt(asked.strip());
    }

    static int pages(int total) { return Math.max(1, (total + PER_PAGE - 1) / PER_PAGE); }

    /** The things of page {@code page}, linked, and the links to the pages around it, under {@code path}. */
    static ListPage of(Frame frame, InterfaceText w, PageContext view, String path, String title, String description,
                       String upLabel, List<Ref> up, String downLabel, List<Ref> down, List<Browsing.Listed> all, int page) {
        int from = (page - 1) * PER_PAGE, to = Math.min(all.size(), from + PER_PAGE), pages = pages(all.size());
        List<Ref> items = all.subList(from, to).stream().map(l -> view.ref(l.iri(), l.name())).toList();
        UnaryOperator<String> at = p -> view.local(path + "?page=" + p);
        String summary = w.text("browse.count").replace("{0}", Integer.toString(all.size()))
                         + (pages > 1 ? " · " + w.text("browse.page").replace("{0}", Integer.toString(page))
                                                         .replace("{1}", Integer.toString(pages)) : "");
        return new ListPage(frame, title, description, upLabel, up, downLabel, down, summary, items,
                            page > 1 ? new Ref(w.text("browse.previous"), at.apply(Integer.toString(page - 1))) : null,
                            page < pages ? new Ref(w.text("browse.next"), at.apply(Integer.toString(page + 1))) : null);
    }
}
