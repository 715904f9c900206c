package org.alukg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.alukg.http.Routes;
import org.alukg.ingest.ImportFormats;
import org.alukg.ingest.ImportOptions;
import org.alukg.ingest.ImportProgress;
import org.alukg.ingest.ImportReport;
import org.alukg.ingest.ImportSource;
import org.alukg.ingest.Imports;
import org.alukg.ingest.format.RejectedRow;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
         description = {"Import company inventories (CSV, JSON) and RDF (Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD, "
                        + "TriX, RDF4J Binary) into the store, each file into its own named graph, validated with SHACL and "
                        + "committed whole or not at all. FILE may be - for standard input, and may be .gz or .zip.",
                        "When an alukg server holds the store, each file is sent to its import API (POST /api/imports) "
                        + "with the user of the server and the password in ALUKG_PASSWORD (ALUKG_USER for another user); "
                        + "--mapping and --no-validate need the store to themselves.",
                        "Exit codes: 0 imported (or already there, unchanged), 1 refused (nothing of that file written), "
                        + "2 usage, 3 failed, 4 imported with rows rejected (--skip-bad-rows)."})
public final class ImportCommand implements Callable<Integer> {
    /** Some rows were left out (--skip-bad-rows); the rest is imported. */
    public static final int PARTIAL = 4;
    /** Reads the reports of the imports API. */
    private static final ObjectMapper REPORTS = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Mixin StoreMixin store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import; - reads standard input.")
    List<String> files;

    @Option(names = "--name", description = "The import's name, its id in /graph/import/{id} (default: from the file name; "
            + "\"stdin\" for standard input).")
    String name;

    @Option(names = "--format", description = "The format, when the file name does not say it: csv, json, turtle, ntriples, "
            + "nquads, trig, rdfxml, jsonld, rdf4j-binary …")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "A column mapping (YAML or JSON) for a CSV or JSON inventory "
            + "whose columns differ from the template (see docs/import.md).")
    Path mapping;

    @Option(names = "--skip-bad-rows", description = "Import the good rows and write the bad ones, with their errors, to the "
            + "rejects file (default: one bad row refuses the whole file).")
    boolean skipBadRows;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where --skip-bad-rows writes the rejected rows "
            + "(default: FILE.rejects.csv beside the input, stdin.rejects.csv for standard input).")
    Path rejects;

    @Option(names = "--replace", description = "Replace an earlier import of the same name, in one transaction.")
    boolean replace;

    @Option(names = "--no-validate", negatable = false, description = "Skip SHACL validation (the input is still parsed strictly).")
    boolean noValidate;

    @Option(names = "--json", description = "Print the reports as JSON instead of one summary line per file.")
    boolean json;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE}).")
    int progressEvery;

    @Override
    public Integer call() throws IOException {
        Optional<ServerBeside> server = store.server();
        List<ImportReport> reports = server.isPresent() ? through(server.get()) : here();
        for (ImportReport r : reports)
            if (!r.rejected().isEmpty())
                writeRejects(r);
        print(reports);
        if (reports.stream().anyMatch(r -> r.status().equals(ImportReport.REFUSED)))
            return AlukgCommand.REFUSED;
        if (reports.stream().anyMatch(r -> !r.rejected().isEmpty()))
            return PARTIAL;
        return AlukgCommand.OK;
    }

    /** Each file imported into the store, opened here. */
    private List<ImportReport> here() throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        try (Store st = store.openLoaded()) {
            Imports imports = new Imports(st, ImportFormats.standard());
            for (String file : files) {
                ImportSource source = source(file);
                ImportOptions options = ImportOptions.defaults(System.getProperty("user.name"))
                    .withName(name).withFormat(format).withMapping(mapping).withSkipBadRows(skipBadRows)
                    .withReplace(replace).withValidate(!noValidate);
                try (Progress progress = System.console() != null ? new Bar() : new Lines(System.err, progressEvery * 1000L)) {
                    reports.addAll(imports.run(source, options.withProgress(progress)));
                }
            }
        }
        return reports;
    }

    /**
     * Each file sent to {@code POST /api/imports} of the server that holds the store, with the credentials, under its
     * own file name; the reports come back as the server made them (the import recorded as by the server's user).
     */
    private List<ImportReport> through(ServerBeside server) throws IOException {
        if (mapping != null || noValidate)
            throw new Problem(Kind.CONFLICT, (mapping != null ? "--mapping" : "--no-validate") + " cannot go through the "
                              + "alukg server at " + server.url() + ", which holds the store: stop it to import with it");
        List<ImportReport> reports = new ArrayList<>();
        for (String file : files) {
            String fileName = file.equals("-") ? "-" : existing(file).getFileName().toString();
            StringBuilder q = new StringBuilder();
            if (name != null)
                q.append("&name=").append(Routes.encode(name));
            if (format != null)
                q.append("&format=").append(Routes.encode(format));
            if (replace)
                q.append("&replace=true");
            if (skipBadRows)
                q.append("&skipBadRows=true");
            HttpRequest request = server.write(Routes.IMPORTS + (q.length() == 0 ? "" : "?" + q.substring(1)))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .POST(file.equals("-") ? HttpRequest.BodyPublishers.ofInputStream(() -> System.in)
                                       : HttpRequest.BodyPublishers.ofFile(Path.of(file)))
                .build();
            HttpResponse<byte[]> r = server.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/json"))
                throw ServerBeside.problem(r.statusCode(), type, r.body());
            JsonNode body = REPORTS.readTree(r.body());
            for (JsonNode one : body.isArray() ? body : List.of(body))
                reports.add(REPORTS.treeToValue(one, ImportReport.class));
        }
        return reports;
    }

    private ImportSource source(String file) throws IOException {
        return file.equals("-") ? new ImportSource("-", System.in, -1, null) : ImportSource.file(existing(file));
    }

    private static Path existing(String file) {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p))
            throw new CommandException("file not found: " + file, true);
        return p;
    }

    private void print(List<ImportReport> reports) throws IOException {
        if (json) {
            ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(om.writeValueAsString(reports.size() == 1 ? reports.get(0) : reports));
            return;
        }
        for (ImportReport r : reports) {
            System.out.println(r.summary());
            r.problems().stream().skip(r.problems().size() == 1 ? 1 : 0).limit(50).forEach(p -> System.out.println("  " + p));
            if (!r.rejected().isEmpty())
                System.out.println("  rejected rows written to " + rejectsFile(r));
        }
    }

    private Path rejectsFile(ImportReport r) {
        if (rejects != null)
            return rejects;
        String f = files.size() == 1 && files.get(0).equals("-") ? "stdin" : r.file();
        Path input = files.stream().map(Path::of).filter(p -> p.getFileName().toString().equals(r.file())).findFirst().orElse(null);
        return input != null ? input.resolveSibling(f + ".rejects.csv") : Path.of(f + ".rejects.csv");
    }

    /** The rejected rows as CSV, one line per error: row, where, error, and the row's values as JSON. */
    private void writeRejects(ImportReport r) throws IOException {
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.builder().addColumn("row").addColumn("where").addColumn("error").addColumn("values")
            .build().withHeader();
        ObjectMapper om = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(rejectsFile(r), StandardCharsets.UTF_8);
             var seq = csv.writer(schema).writeValues(w)) {
            for (RejectedRow rej : r.rejected())
                for (RejectedRow.Error e : rej.errors())
                    seq.write(List.of(rej.row(), e.where(), e.error(), om.writeValueAsString(rej.values())));
        }
    }

    /** Progress that can be closed when an input is done. */
    private interface Progress extends ImportProgress, AutoCloseable {
        @Override void close();
    }

    /** On a terminal: a bar over the bytes of the input, with rate and time left, and the items written. */
    private static final class Bar implements Progress {
        private ProgressBar bar;

        @Override
        public void started(String name, long totalBytes) {
            bar = new ProgressBarBuilder().setTaskName("import " + name).setInitialMax(totalBytes > 0 ? totalBytes : -1)
                .setUnit(" MiB", 1 << 20).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
        }

        @Override
        public void advanced(long bytes, long items) {
            if (bar != null) {
                bar.stepTo(bytes);
                bar.setExtraMessage(String.format("%,d items", items));
            }
        }

        @Override
        public void finished(long items) {
            if (bar != null) {
                bar.setExtraMessage(String.format("%,d items; validating and committing", items));
                bar.close();
                bar = null;
            }
        }

        @Override
        public void close() { finished(0); }
    }

    /** Not on a terminal: a plain line every few seconds with percent, items, rate and time left. */
    private static final class Lines implements Progress {
        private final PrintStream out;
        private final long everyMillis;
        private String name;
        private long total, start, last;

        Lines(PrintStream out, long everyMillis) {
            this.out = out;
            this.everyMillis = everyMillis;
        }

        @Override
        public void started(String name, long totalBytes) {
            this.name = name;
            this.total = totalBytes;
            this.start = this.last = System.currentTimeMillis();
            out.println("import " + name + ": started" + (totalBytes > 0 ? String.format(" (%,.1f MiB)", totalBytes / 1048576.0) : ""));
        }

        @Override
        public void advanced(long bytes, long items) {
            long now = System.currentTimeMillis();
            if (now - last < everyMillis)
                return;
            last = now;
            double secs = Math.max(0.001, (now - start) / 1000.0);
            String eta = total > 0 && bytes > 0 ? String.format(", about %.0f s left", secs * (total - bytes) / bytes) : "";
            String pct = total > 0 ? String.format("%.0f%% ", 100.0 * bytes / total) : "";
            out.printf("import %s: %s%,.1f MiB read, %,d items, %,.0f items/s%s%n", name, pct, bytes / 1048576.0, items,
                       items / secs, eta);
        }

        @Override
        public void finished(long items) {
            if (name != null)
                out.printf("import %s: read %,d items in %.1f s; validating and committing%n", name, items,
                           (System.currentTimeMillis() - start) / 1000.0);
            name = null;
        }

        @Override
        public void close() { out.flush(); }
    }
}
