package org.alukg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.alukg.config.ImportLimits;
import org.alukg.ingest.format.ImportContext;
import org.alukg.ingest.format.ImportFormat;
import org.alukg.ingest.format.ImportInput;
import org.alukg.ingest.format.ImportTally;
import org.alukg.ingest.format.InputProblems;
import org.alukg.ingest.inventory.Names;
import org.alukg.problem.Kind;
import org.alukg.problem.Problem;
import org.alukg.store.Store;
import org.alukg.vocab.Alu;
import org.apache.jena.graph.Node;

/**
 * Imports inventories and RDF through the {@link ValidatedWriter}: each input becomes its own named graph
 * ({@code …/graph/import/{id}}, the id from the import's name) with its provenance in the meta graph — file
 * name, SHA-256, time, counts, who — and is validated and committed in one write transaction, or refused
 * leaving the store as it was. The same content twice changes nothing; another content under a name already
 * imported is refused unless it replaces the earlier import.
 */
public final class Imports {
    private final Store store;
    private final ImportFormats formats;
    private final Unpacking unpacking;
    private final String base;
    private final ImportLedger ledger = new ImportLedger();

    /** Imports with the default caps, our things under the default base (the command line). */
    public Imports(Store store, ImportFormats formats) { this(store, formats, ImportLimits.defaults(), Alu.BASE); }

    /** Imports with these caps; short forms in inventories name things under {@code base}. */
    public Imports(Store store, ImportFormats formats, ImportLimits limits, String base) {
        this.store = store;
        this.formats = formats;
        this.unpacking = new Unpacking(limits);
        this.base = base;
    }

    /**
     * Imports one source; a .gz is unpacked, and each file of a .zip is imported on its own (one report each).
     * Refusals are reports with status {@code refused} and the kind of the refusal; only faults of ours are thrown.
     */
    public List<ImportReport> run(ImportSource source, ImportOptions options) {
        try {
            List<ImportReport> reports = unpacking.each(source, file -> one(file, options(options, file)));
            return reports.isEmpty()
                ? List.of(ImportReport.refused(source.name(), null, InputProblems.refused(source.name(), "the zip file holds no file")))
                : reports;
        } catch (IOException e) {
            return List.of(ImportReport.refused(source.name(), null, InputProblems.unreadable(source.name(), e)));
        }
    }

    /** The second and later files of a zip imported under a name get that name with their own after it. */
    private static ImportOptions options(ImportOptions options, Unpacking.Unpacked file) {
        return options.name() != null && file.index() > 0 ? options.withName(options.name() + "-" + file.name()) : options;
    }

    /** Imports one file of a source, in one write transaction of the gate. */
    private ImportReport one(Unpacking.Unpacked file, ImportOptions options) {
        Optional<ImportFormat> chosen = formats.choose(options.format(), file.name(), file.mediaType());
        if (chosen.isEmpty())
            return ImportReport.refused(file.name(), null, formats.unknown(options.format(), file.name()));
        ImportFormat format = chosen.get();
        String id = idOf(options.name() != null ? options.name() : file.name());
        Node graph = ImportLedger.graphOf(id);
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        long started = System.currentTimeMillis();
        try (Spool spool = Spool.of(file.stream(), file.name())) {
            String digest = spool.digest();
            Optional<ImportLedger.Decision> unchanged = store.read(() -> {
                ImportLedger.Decision d = ledger.decide(store.dataset(), id, ledger.digestOf(store.dataset(), graph), digest,
                                                        options.replace());
                return d.step() == ImportLedger.Step.UNCHANGED ? Optional.of(d) : Optional.empty();
            });
            if (unchanged.isPresent())
                return unchangedReport(unchanged.get(), file, format, digest, now, options, started);
            return write(spool, file, format, id, graph, now, options, started);
        } catch (Problem p) {
            if (!p.kind().callersMistake())
                throw p;
            return ImportReport.refused(file.name(), format.name(), p);
        }
    }

    /** Content already imported: reported with the rows its import recorded, and nothing written. */
    private ImportReport unchangedReport(ImportLedger.Decision decision, Unpacking.Unpacked file, ImportFormat format,
                                         String digest, String now, ImportOptions options, long started) {
        long rows = get(decision.holder()).map(ImportProvenance::rowCount).orElse(0L);
        return new ImportReport(decision.holder(), ImportLedger.graphOf(decision.holder()).getURI(), file.name(), format.name(),
                                digest, ImportReport.UNCHANGED, rows, 0, 0, 0, List.of(), List.of(), decision.message(), now,
                                options.who(), System.currentTimeMillis() - started, null);
    }

    /** New content: read into the import's graph and committed through the gate, in one write transaction. */
    private ImportReport write(Spool spool, Unpacking.Unpacked file, ImportFormat format, String id, Node graph, String now,
                               ImportOptions options, long started) {
        try (ValidatedWriter.Transaction tx = new ValidatedWriter(store).begin()) {
            Optional<String> earlier = ledger.digestOf(tx.dataset(), graph);
            ImportContext context = new ImportContext(tx.emptied(graph), tx.dataset(), id, graph, now, base, options.mapping());
            CountingInput counted = new CountingInput(spool.open());
            InputStream in = new ProgressInput(counted, options.progress(), counted::count, context::itemsRead);
            options.progress().started(file.name(), spool.size());
            ImportTally tally;
            try (in) {
                tally = format.importer().get().read(new ImportInput(file.name(), new NonClosingInput(in), spool.size()), context);
            } catch (IOException e) {
                throw InputProblems.unreadable(file.name(), e);
            }
            options.progress().finished(tally.items());
            String digest = spool.digest();

            Optional<Problem> badRows = badRows(tally, options.skipBadRows());
            if (badRows.isPresent())
                return ImportReport.refused(file.name(), format.name(), badRows.get(),
                                            options.skipBadRows() ? tally.rejected() : List.of());
            ImportLedger.Decision decision = ledger.decide(tx.dataset(), id, earlier, digest, options.replace());
            if (decision.step() == ImportLedger.Step.UNCHANGED) // another import took this content meanwhile
                return unchangedReport(decision, file, format, digest, now, options, started);
            if (decision.step() == ImportLedger.Step.CONFLICT)
                return ImportReport.refused(file.name(), format.name(), Problem.conflict(decision.message()));
            long triples = tx.dataset().getGraph(graph).size();
            tx.meta(graph, ImportLedger.provenance(graph, id, file.name(), format.name(), digest, now, options.who(), tally, triples));
            ValidatedWriter.Verdict verdict = tx.validate(options.validate()).locator(tally::location).commit();
            if (!verdict.committed())
                return ImportReport.refused(file.name(), format.name(), verdict.refusal(Kind.INVALID_DATA, ""));
            return new ImportReport(id, graph.getURI(), file.name(), format.name(), digest,
                                    decision.step() == ImportLedger.Step.REPLACE ? ImportReport.REPLACED : ImportReport.IMPORTED,
                                    tally.items(), triples, tally.created(), tally.linked(), tally.rejected(), List.of(),
                                    decision.message(), now, options.who(), System.currentTimeMillis() - started, null);
        }
    }

    /**
     * Rows turned down refuse the import, naming every error of every such row — unless they may be left out
     * ({@code --skip-bad-rows}) and some row is good: a file whose every row is wrong is refused all the same.
     */
    private static Optional<Problem> badRows(ImportTally tally, boolean skipBadRows) {
        if (tally.rejected().isEmpty())
            return Optional.empty();
        if (!skipBadRows)
            return Optional.of(Refusals.of(Kind.BAD_REQUEST, "", tally.errorLines()));
        if (tally.everyRowRejected())
            return Optional.of(Refusals.of(Kind.BAD_REQUEST, "every row was rejected: " + tally.items()
                                                             + (tally.items() == 1 ? " row" : " rows"), tally.errorLines()));
        return Optional.empty();
    }

    /** The imports in the store, newest first, with their provenance. */
    public List<ImportProvenance> list() { return store.read(() -> ledger.list(store.dataset())); }

    /** One import's provenance, or empty. */
    public Optional<ImportProvenance> get(String id) { return store.read(() -> ledger.get(store.dataset(), id)); }

    /**
     * Removes an import (its graph and provenance) through the gate. Refused with a problem when there is no such
     * import (404), or when what remains would not validate, e.g. something else links to it (409).
     */
    public void delete(String id) {
        if (get(id).isEmpty())
            throw Problem.notFound("no such import: " + id);
        ValidatedWriter.Verdict verdict = new ValidatedWriter(store).commit(new ValidatedWriter.Change().remove(ImportLedger.graphOf(id)));
        if (!verdict.committed())
            throw verdict.refusal(Kind.CONFLICT, "cannot remove " + id + ": ");
    }

    /** The id of an import: its name (without folders) as a slug: "firms.csv" → "firms-csv"; "stdin" for standard input. */
    static String idOf(String name) {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        String slug = Names.slug(file);
        return slug.isEmpty() || file.equals("-") ? "stdin" : slug;
    }
}
