package org.alukg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats alukg imports: company inventories as CSV and JSON, and RDF in every syntax the RDF4J Rio
 * parsers on the classpath read. Looked up by name, by file name or by media type.
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

    public List<ImportFormat> all() { return formats; }

    public Optional<ImportFormat> byName(String name) {
        return formats.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The format a file name's ending selects (after .gz or .zip are taken off by the caller). */
    public Optional<ImportFormat> byFileName(String fileName) {
        return formats.stream().filter(f -> f.matchesFileName(fileName)).findFirst();
    }

    public Optional<ImportFormat> byMediaType(String mediaType) {
        return formats.stream().filter(f -> f.matchesMediaType(mediaType)).findFirst();
    }

    /** The names, for messages: "csv, json, turtle, …". */
    public String names() { return formats.stream().map(ImportFormat::name).collect(Collectors.joining(", ")); }
}
