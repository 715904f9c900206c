package org.alukg.linkeddata;

import java.util.List;

/**
 * What the page of one resource says, in the page's language, ready to be written as HTML ({@code resource.jte}):
 * its name and kinds, its facts, who owns it and what it owns (shares with their sources and dates), its figures
 * over time with their charts (values that disagree side by side), the events in its life, the money given to it or
 * by it, its supply relationships, partnerships and memberships in words, the links to it from other things, the picture of its direct supply network, its places on a map of Québec (regions, smelters and organisations), and the same data as RDF and as a query.
 * {@link DescriptionReader} makes it from a description.
 *
 * @param alsoKnownAs other names, joined; empty when it has none
 */
public record ResourcePage(Frame frame, InterfaceText words, String iri, String name, String alsoKnownAs,
                           List<Cell> kinds, List<Fact> facts, Owners owners, List<Line> holdings,
                           List<ValueTable> values, List<Event> events, List<Funding> funding,
                           List<Line> supply, List<Line> partnerships, List<Line> memberships,
                           List<Incoming> incoming, Picture picture, Picture map, String mapPoints, List<Ref> formats, String sparql) {

    /** One value in the table of facts. */
    public sealed interface Cell permits Name, Text, Cited, Inferred {}

    /** A value the data does not state but the RDFS closure entails (a superclass, a superproperty's statement). */
    public record Inferred(Cell cell) implements Cell {}

    /** A thing, by its name. */
    public record Name(Ref ref) implements Cell {}

    /** A literal; {@code lang} is its language tag, or empty. */
    public record Text(String text, String lang) implements Cell {}

    /** A source of ours. */
    public record Cited(Source source) implements Cell {}

    /** One property of the resource and its values. */
    public record Fact(Ref property, List<Cell> values) {}

    /**
     * Where a statement comes from: the document's title (linked to it), its date or that it has none, and the
     * page of the source itself ({@code about}, or null).
     */
    public record Source(Ref title, String date, boolean undated, String about) {}

    /**
     * Who owns the resource; {@code through} says the owners are those of its operator (or is null).
     *
     * @param owners empty when nobody is known to own it
     */
    public record Owners(Phrase through, List<Owner> owners) {}

    /**
     * One owner: what it holds in words ("Rio Tinto owns 40 %") and the claims of the sources — one, or several
     * that disagree on the share, shown side by side.
     */
    public record Owner(Ref who, Phrase says, List<Claim> claims) {
        public boolean disputed() { return claims.size() > 1; }
    }

    /** A share as one or more sources give it. */
    public record Claim(String share, List<Source> sources) {}

    /**
     * A relationship told in words, with its sources.
     *
     * @param kind what it is, a class of the style sheet: {@code holding}, {@code supplies}, {@code member-of} …
     */
    public record Line(String kind, Phrase says, List<Source> sources) {}

    /**
     * The dated values of one property ("capacity"), the latest year first, and their chart.
     *
     * @param measure the property's local name, as the history API names it
     * @param chart the figure over time as a picture, or null when the values cover fewer than two years
     * @param image the same picture as an image of the history API, or null
     */
    public record ValueTable(Ref property, String measure, List<Year> years, HistoryChart chart, String image) {}

    /**
     * The figures given for one year ({@code asOf} as written, or the word for undated).
     *
     * @param disputed true when the figures differ: sources disagree
     */
    public record Year(String asOf, boolean disputed, List<Figure> figures) {}

    /** One figure with its unit ("413,000 tonnes per year") and its sources. */
    public record Figure(String text, List<Source> sources) {}

    /**
     * Something that happened: its name, when (a day, a month, a year or a period, as precise as the source), what kind
     * of event it is ("Milestone", "Acquisition") and its sources.
     */
    public record Event(Ref name, String when, String kind, List<Source> sources) {}

    /**
     * Money that went from a funder to a recipient: the amount with its currency as people write it (or null when the
     * source gives none), the programme and form as the source names them (or null), when, and the sources.
     */
    public record Funding(Ref funder, Ref recipient, String amount, String programme, String form, String when,
                          List<Source> sources) {}

    /** Things that point here with a property other than a relationship's, in words ("supplied by"). */
    public record Incoming(Phrase how, List<Ref> from) {}

    /**
     * The direct supply network, a picture drawn by the trace API; or the map of Québec, drawn by the map API, with the
     * places of the page's thing marked among all the others (so that a reader sees them within the cluster). The
     * map is null on pages of things other than regions, smelters and organisations; {@code mapPoints}, the GeoJSON
     * of the interactive map, is then null too.
     */
    public record Picture(String src, String alt) {}
}
