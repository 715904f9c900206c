package org.alukg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.alukg.http.Routes;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The full-text index of one state of the data: a Lucene index in memory, made once from the things
 * {@link ThingReader} finds and never changed after (a new state of the data gets a new index). A search matches
 * every word typed (common words such as "de" or "the" may be missing), each in a name, an alternative name or
 * acronym, a municipality or a description, in the form written or another form of the same word; the last word
 * also by its beginning, so that what is being typed already finds. Whole names and names count most.
 */
public final class SearchIndex {
    private static final Analyzer WORDS = Folding.WORDS.analyzer(), STEMS = Folding.STEMS.analyzer(),
        WHOLE = Folding.WHOLE.analyzer();
    private static final CharArraySet COMMON = common();
    /**
     * What a word's beginning counts, times its field's weight. A prefix match scores its weight alone, where a whole
     * word scores its weight times its BM25 score (about 2 to 6 here): a beginning typed in a name then counts less
     * than the whole word in a name, more than a whole word in a description.
     */
    private static final float PREFIX_WEIGHT = 2.5f;
    private static final String IRI = "iri", ID = "id", KIND = "kind", NAME_EN = "name@en", NAME_FR = "name@fr";

    private final IndexSearcher searcher;
    private final int size;

    private SearchIndex(IndexSearcher searcher, int size) {
        this.searcher = searcher;
        this.size = size;
    }

    /** The index of {@code things}. */
    static SearchIndex of(List<Thing> things) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Folding.perField()))) {
            for (Thing t : things)
                w.addDocument(document(t));
            w.commit();
            return new SearchIndex(new IndexSearcher(DirectoryReader.open(dir)), things.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in memory", e);
        }
    }

    private static Document document(Thing t) {
        Document d = new Document();
        d.add(new StringField(IRI, t.iri, org.apache.lucene.document.Field.Store.YES));
        d.add(new StoredField(ID, t.id));
        d.add(new StringField(KIND, t.kind, org.apache.lucene.document.Field.Store.YES));
        d.add(new StoredField(NAME_EN, t.name("en")));
        d.add(new StoredField(NAME_FR, t.name("fr")));
        t.texts.forEach((field, values) -> values.forEach(v -> d.add(new TextField(field.name, v,
                                                                                    org.apache.lucene.document.Field.Store.NO))));
        return d;
    }

    /** How many things the index holds. */
    public int size() { return size; }

    /** The things that match {@code r}, best first, at most {@code r.limit()}. */
    public List<Hit> search(SearchRequest r) {
        Query query = query(r);
        if (query == null)
            return List.of();
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, r.limit()).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String id = d.get(ID);
                hits.add(new Hit(d.get(IRI), id, d.get(KIND), d.get("fr".equals(r.lang()) ? NAME_FR : NAME_EN),
                                 Math.round(sd.score * 1000) / 1000.0, Routes.thing(id)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index in memory", e);
        }
    }

    /** The Lucene query of a request; null when the text has no word to search. */
    static Query query(SearchRequest r) {
        List<String> words = terms(WORDS, r.q()), stems = terms(STEMS, r.q()), whole = terms(WHOLE, r.q());
        if (words.isEmpty())
            return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean allCommon = words.stream().allMatch(COMMON::contains);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String stem = i < stems.size() && stems.size() == words.size() ? stems.get(i) : word;
            boolean last = i == words.size() - 1;
            all.add(word(word, stem, last), COMMON.contains(word) && !allCommon ? Occur.SHOULD : Occur.MUST);
        }
        if (!whole.isEmpty())
            all.add(weighted(Field.WHOLE_NAME, f -> new TermQuery(new Term(f.name, whole.get(0))), 1f), Occur.SHOULD);
        if (!r.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            r.kinds().forEach(k -> kinds.add(new TermQuery(new Term(KIND, k)), Occur.SHOULD));
            all.add(kinds.build(), Occur.FILTER);
        }
        return all.build();
    }

    /** One word typed, in any field: as written, by its stem, and (the last word) by its beginning. */
    private static Query word(String word, String stem, boolean last) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Field f : Field.values()) {
            if (f == Field.WHOLE_NAME)
                continue;
            String term = f.folding() == Folding.STEMS ? stem : word;
            any.add(weighted(f, g -> new TermQuery(new Term(g.name, term)), 1f), Occur.SHOULD);
            if (last && f.prefixes() && f != Field.TEXT)
                any.add(weighted(f, g -> new PrefixQuery(new Term(g.name, word)), PREFIX_WEIGHT), Occur.SHOULD);
        }
        return any.build();
    }

    private static Query weighted(Field f, Function<Field, Query> make, float factor) {
        return new BoostQuery(make.apply(f), f.weight * factor);
    }

    /** The terms {@code analyzer} cuts {@code text} into. */
    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                if (term.length() > 0)
                    out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The common words of English and French, folded as the index folds them. */
    private static CharArraySet common() {
        CharArraySet set = new CharArraySet(64, true);
        for (CharArraySet s : List.of(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, FrenchAnalyzer.getDefaultStopSet()))
            for (Object w : s)
                set.addAll(terms(WORDS, w instanceof char[] c ? new String(c) : w.toString()));
        return set;
    }
}
