package org.alukg.linkeddata;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the pages, in English or French ({@code words_en.properties}, {@code words_fr.properties}); the
 * templates take their headings and labels from here, the page models their sentences.
 */
public final class InterfaceText {
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale FRENCH = Locale.FRENCH;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private final Locale locale;
    private final ResourceBundle bundle;

    private InterfaceText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.alukg.linkeddata.words", locale, ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static InterfaceText of(Locale locale) { return new InterfaceText(locale); }

    /** The language tag, {@code en} or {@code fr}. */
    public String lang() { return locale.getLanguage(); }

    /** The text for {@code key}. */
    public String text(String key) { return bundle.getString(key); }

    /** True when there are words for {@code key}. */
    boolean has(String key) { return bundle.containsKey(key); }

    /** The sentence for {@code key} ("{0} owns {1}") with its arguments, names and figures, in their places. */
    Phrase phrase(String key, Phrase.Piece... arguments) {
        String pattern = text(key);
        List<Phrase.Piece> pieces = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(pattern);
        int from = 0;
        while (m.find()) {
            if (m.start() > from)
                pieces.add(new Phrase.Words(pattern.substring(from, m.start())));
            pieces.add(arguments[Integer.parseInt(m.group(1))]);
            from = m.end();
        }
        if (from < pattern.length())
            pieces.add(new Phrase.Words(pattern.substring(from)));
        return new Phrase(List.copyOf(pieces));
    }

    /** The sentence for {@code key} ("more than {0}") with words in its places, as one text. */
    String sentence(String key, String... words) {
        StringBuilder out = new StringBuilder();
        for (Phrase.Piece p : phrase(key, java.util.Arrays.stream(words).map(Phrase.Words::new).toArray(Phrase.Piece[]::new)).pieces())
            out.append(((Phrase.Words) p).text());
        return out.toString();
    }

    /** A number as people of this language write it. */
    String number(BigDecimal n) {
        NumberFormat f = NumberFormat.getNumberInstance(region());
        f.setMaximumFractionDigits(4);
        return f.format(n);
    }

    /**
     * A sum of money as people of this language write it, millions and billions in words or their symbols:
     * "C$1.4 billion" and "1,4 G$", "US$186 million" and "186 M$ US", "C$950,000" and "950 000 $".
     *
     * @param currency the ISO 4217 code; another than CAD or USD is written by its code
     */
    String money(BigDecimal amount, String currency) {
        boolean large = amount.abs().compareTo(MILLION) >= 0;
        NumberFormat f = large ? NumberFormat.getCompactNumberInstance(region(), locale == FRENCH ? NumberFormat.Style.SHORT : NumberFormat.Style.LONG)
                               : NumberFormat.getNumberInstance(region());
        f.setMaximumFractionDigits(2);
        // the compact form rounds a BigDecimal to whole millions; a double keeps "1.4 billion"
        String figure = large ? f.format(amount.doubleValue()) : f.format(amount);
        if (locale == FRENCH) {
            String symbol = switch (currency) {
                case "CAD" -> "$";
                case "USD" -> "$ US";
                default -> currency;
            };
            return figure + (large && symbol.startsWith("$") ? "" : "\u00a0") + symbol;
        }
        return switch (currency) {
            case "CAD" -> "C$" + figure;
            case "USD" -> "US$" + figure;
            default -> currency + " " + figure;
        };
    }

    private Locale region() { return locale == FRENCH ? Locale.CANADA_FRENCH : Locale.CANADA; }
}
