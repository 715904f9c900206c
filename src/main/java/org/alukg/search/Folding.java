package org.alukg.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How names and descriptions are cut into the terms of the search index, the same way for the text indexed and the
 * text searched: words (Unicode word boundaries), French elisions dropped ({@code l'aluminerie}, {@code d’Alma}),
 * lower case, accents folded ({@code Bécancour} → {@code becancour}). Three ways, one per kind of field:
 * <ul>
 *   <li>{@link #WORDS}: each word as it is written (after folding), for exact and prefix matches;</li>
 *   <li>{@link #STEMS}: each word reduced to its stem, French and English plurals alike ({@code alumineries},
 *       {@code smelters}), for matches of another form of the same word;</li>
 *   <li>{@link #WHOLE}: the whole name as one term, for a query that is exactly a name or an acronym.</li>
 * </ul>
 */
enum Folding {
    WORDS, STEMS, WHOLE;

    /** The analyzer of this way. */
    Analyzer analyzer() {
        Folding way = this;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = way == WHOLE ? new KeywordTokenizer() : new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new ASCIIFoldingFilter(new LowerCaseFilter(s));
                if (way == STEMS)
                    s = new EnglishMinimalStemFilter(new FrenchLightStemFilter(s));
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** One analyzer for a whole document: each field by the way {@link Field#folding()} says. */
    static Analyzer perField() {
        java.util.Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (Field f : Field.values())
            byField.put(f.name, f.folding().analyzer());
        return new PerFieldAnalyzerWrapper(WORDS.analyzer(), byField);
    }
}
