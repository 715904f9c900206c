package org.alukg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.alukg.ingest.csv.CsvInventoryImporter;
import org.alukg.ingest.format.ImportFormat;
import org.alukg.ingest.json.JsonInventoryImporter;
import org.alukg.ingest.rdf.RdfImporter;
import org.alukg.problem.Problem;

/**
 * The formats alukg imports — company inventories as CSV and JSON, and RDF in every syntax the RDF4J Rio parsers on
 * the classpath read — and the choice of one for an input: by the name asked for, else by the file name's ending,
 * else by the media type the sender gave.
 */
public final class ImportFormats {
    private final List<ImportFormat> formats;

    private ImportFormats(List<ImportFormat> formats) { this.formats = List.copyOf(formats); }

    /** CSV and JSON inventories, then the RDF formats. */
    public static ImportFormats standard() {
        List<ImportFormat> list = new ArrayList<>();
        list.add(new ImportFormat("csv", List.of("csv", "tsv"), List.of("text/csv", "text/tab-separated-values"),
                                  CsvInventoryImporter::new));
        list.add(new ImportFormat("json", List.of("json"), List.of("application/json"), JsonInventoryImporter::new));
        list.addAll(RdfImporter.formats());
        return new ImportFormats(list);
    }

    /** The format of an input: the one {@code requested} (when not null), else by file name, else by media type. */
    public Optional<ImportFormat> choose(String requested, String fileName, String mediaType) {
        if (requested != null)
            return formats.stream().filter(f -> f.name().equalsIgnoreCase(requested)).findFirst();
        return formats.stream().filter(f -> f.matchesFileName(fileName)).findFirst()
            .or(() -> mediaType == null ? Optional.empty() : formats.stream().filter(f -> f.matchesMediaType(mediaType)).findFirst());
    }

    /** Why no format was chosen (415), naming what was asked or the file, and the formats there are. */
    public Problem unknown(String requested, String fileName) {
        return Problem.unsupportedMediaType(requested != null
            ? "unknown format: " + requested + " (formats: " + names() + ")"
            : fileName + ": unknown format: give a file name ending in .csv, .json, .ttl, .nt, .nq, .trig, .rdf, .jsonld, .brf … "
              + "or a format (" + names() + ")");
    }

    /** The names, for messages: "csv, json, turtle, …". */
    public String names() { return formats.stream().map(ImportFormat::name).collect(Collectors.joining(", ")); }
}
