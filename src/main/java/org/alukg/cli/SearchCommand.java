package org.alukg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.http.Routes;
import org.alukg.search.Hit;
import org.alukg.search.SearchRequest;
import org.alukg.search.SearchService;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
         description = {"Find organisations, facilities, products, regions and industries by name, alternative name "
                        + "or acronym, municipality or a word of their description, best first. Case and accents do "
                        + "not matter, French elisions (l'aluminerie) are dropped, and the last word also matches by "
                        + "its beginning.",
                        "When an alukg server holds the store, the search is made by that server (through "
                        + "/api/search) and written here the same way.",
                        "Example: alukg search becancour --kind site"})
public final class SearchCommand implements Callable<Integer> {
    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin StoreMixin store;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to search for.")
    List<String> words;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Only things of this kind: org, site, product, region, industry (repeat or comma-separate).")
    List<String> kind;

    @Option(names = "--limit", defaultValue = "" + SearchRequest.DEFAULT_LIMIT,
            description = "At most this many results, 1 to " + SearchRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--lang", defaultValue = "en", description = "Names in en or fr (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "Output: text (one line a thing: short form, name) or json, as /api/search answers "
                          + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        SearchRequest request = new SearchRequest(String.join(" ", words),
                                                  SearchRequest.kinds(kind == null ? null : kind.toArray(String[]::new)),
                                                  limit, lang);
        List<Hit> hits;
        Optional<ServerBeside> server = store.server();
        if (server.isPresent()) {
            hits = remote(server.get(), request);
        } else {
            try (Store st = store.openLoaded()) {
                hits = new SearchService(st, Alu.BASE).search(request);
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (format == Format.json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("q", request.q());
            body.put("kind", request.kinds());
            body.put("limit", request.limit());
            body.put("results", hits);
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } else {
            int width = hits.stream().mapToInt(h -> h.id().length()).max().orElse(0);
            for (Hit h : hits)
                out.println(String.format("%-" + width + "s  %s", h.id(), h.label()));
            if (hits.isEmpty())
                out.println("nothing found: " + request.q());
        }
        out.flush();
        return AlukgCommand.OK;
    }

    /** The same search by the server that holds the store, read back into hits. */
    private static List<Hit> remote(ServerBeside server, SearchRequest r) throws IOException {
        StringBuilder q = new StringBuilder("?q=").append(Routes.encode(r.q()));
        if (!r.kinds().isEmpty())
            q.append("&kind=").append(Routes.encode(String.join(",", r.kinds())));
        q.append("&limit=").append(r.limit()).append("&lang=").append(r.lang());
        JsonNode answer = JSON.readTree(server.call(server.request(Routes.SEARCH + q).GET().build()));
        return new ArrayList<>(JSON.convertValue(answer.path("results"), new TypeReference<List<Hit>>() {}));
    }
}
