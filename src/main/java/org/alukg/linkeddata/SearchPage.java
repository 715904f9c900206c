package org.alukg.linkeddata;

import java.util.List;

/**
 * What the page of search results shows ({@code search.jte}): a line saying what was found, links that narrow the
 * results to one kind (the current one has no link), and the results, best first.
 */
public record SearchPage(Frame frame, String title, String summary, List<KindLink> filters, List<Result> results) {
    /** A thing found: its name linked to its page, its short form and its kind. */
    public record Result(Ref ref, String id, String kind) {}

    /** One kind to narrow to; {@code href} is null for the kind shown. */
    public record KindLink(String label, String href) {}
}
