package org.alukg.linkeddata;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a page in its language, such as "Alcoa owns 74.95 %": its words and, in their places, the names it
 * links to and the figures it marks. The template writes each piece; the words come from {@link InterfaceText}.
 */
public record Phrase(List<Piece> pieces) {
    /** One piece of a sentence. */
    public sealed interface Piece permits Words, Name, Names, Marked {}

    /** Words, as they are. */
    public record Words(String text) implements Piece {}

    /** A name, linked when it can be. */
    public record Name(Ref ref) implements Piece {}

    /** Several names, one after the other ("Trans-Al, CeAl, RTMQ"). */
    public record Names(List<Ref> refs) implements Piece {}

    /** A name or figure marked with a class of the style sheet: {@code who}, {@code share}. */
    public record Marked(String mark, Ref ref) implements Piece {}

    /** This sentence, a space, then {@code more}. */
    Phrase followedBy(Phrase more) {
        List<Piece> all = new ArrayList<>(pieces);
        all.add(new Words(" "));
        all.addAll(more.pieces());
        return new Phrase(List.copyOf(all));
    }

    static Piece name(Ref ref) { return new Name(ref); }

    static Piece marked(String mark, Ref ref) { return new Marked(mark, ref); }
}
