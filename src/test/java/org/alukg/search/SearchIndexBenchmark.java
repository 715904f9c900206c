package org.alukg.search;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.alukg.ingest.CuratedLoader;
import org.alukg.store.Locations;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;

/**
 * How long the search index of the curated data takes to make (what every write costs the next search), and how long
 * a search takes: loads ontology/ and data/ into a store in memory, then makes the index {@code rounds} times (read
 * from the union graph, then indexed) and runs the acceptance searches as many times. Prints the first and the median.
 * <pre>
 *   java -cp … org.alukg.search.SearchIndexBenchmark [rounds=30]
 * </pre>
 */
public final class SearchIndexBenchmark {
    private SearchIndexBenchmark() {}

    public static void main(String[] args) {
        int rounds = Arrays.stream(args).filter(a -> a.startsWith("rounds=")).map(a -> Integer.parseInt(a.substring(7)))
                           .findFirst().orElse(30);
        try (Store store = Store.inMemory()) {
            new CuratedLoader(new Locations(null, true, Path.of(""))).loadIfStale(store, false);
            long[] build = new long[rounds], search = new long[rounds];
            int things = 0;
            List<SearchRequest> asked = List.of(new SearchRequest("becancour", List.of(), 10, "en"),
                                                new SearchRequest("alcoa", List.of(), 10, "en"),
                                                new SearchRequest("l'aluminerie de b", List.of(), 10, "fr"));
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                SearchIndex index = store.read(() -> SearchIndex.of(ThingReader.read(store.dataset().getUnionGraph(),
                                                                                     Alu.BASE)));
                long t1 = System.nanoTime();
                asked.forEach(index::search);
                long t2 = System.nanoTime();
                build[i] = t1 - t0;
                search[i] = (t2 - t1) / asked.size();
                things = index.size();
            }
            System.out.printf("search index of the curated data: %d things, %d rounds%n", things, rounds);
            System.out.printf("make the index: first %.1f ms, median %.1f ms%n", build[0] / 1e6, median(build) / 1e6);
            System.out.printf("one search:     first %.2f ms, median %.3f ms%n", search[0] / 1e6, median(search) / 1e6);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
