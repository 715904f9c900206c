package org.alukg.linkeddata;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the pages, in English or French ({@code words_en.properties}, {@code words_fr.properties}). */
final class InterfaceText {
    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale FRENCH = Locale.FRENCH;

    private final Locale locale;
    private final ResourceBundle bundle;

    private InterfaceText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.alukg.linkeddata.words", locale, ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static InterfaceText of(Locale locale) { return new InterfaceText(locale); }

    Locale locale() { return locale; }

    /** The language tag, {@code en} or {@code fr}. */
    String lang() { return locale.getLanguage(); }

    /** The text for {@code key}, as is (escape it before it goes into HTML). */
    String text(String key) { return bundle.getString(key); }

    /** The text for {@code key} with its arguments filled in; the arguments are HTML already, the template is ours. */
    String html(String key, Object... args) {
        return new MessageFormat(Html.esc(bundle.getString(key)), locale).format(args);
    }

    /** A number as people of this language write it. */
    String number(java.math.BigDecimal n) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale == FRENCH ? Locale.CANADA_FRENCH : Locale.CANADA);
        f.setMaximumFractionDigits(4);
        return f.format(n);
    }
}
