package org.alukg.ingest.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.alukg.ingest.format.InputProblems;

/**
 * How a differently laid out inventory maps onto the template: which of its columns (or JSON fields) holds each
 * template field, the CSV delimiter, the separator inside list cells, and its own words for the kinds. Read
 * from a YAML or JSON file; every part is optional.
 *
 * <pre>
 * columns:            # template field: your column
 *   name_fr: Raison sociale
 *   neq: NEQ
 * delimiter: ";"
 * listSeparator: "|"
 * kinds:
 *   Transformateur: processor
 * </pre>
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class ColumnMapping {
    /** The template's fields, in template order. */
    public static final List<String> FIELDS = List.of(
        "neq", "identifier", "name_fr", "name_en", "kind", "municipality", "region", "industries", "products",
        "customers", "suppliers", "inputs", "source_url", "source_title", "date", "confidence", "comment");
    /** Fields every inventory has (besides a name in French or English). */
    public static final List<String> REQUIRED = List.of("kind", "date");

    @JsonProperty Map<String, String> columns = new LinkedHashMap<>();
    @JsonProperty String delimiter = ",";
    @JsonProperty String listSeparator = "|";
    @JsonProperty Map<String, String> kinds = new HashMap<>();

    /** The template itself: columns named as the fields. */
    public static ColumnMapping template() { return new ColumnMapping(); }

    /** Reads a mapping file (.yaml, .yml or .json); refuses one that does not parse or names unknown fields. */
    public static ColumnMapping read(Path file) {
        String shown = file.getFileName().toString();
        ObjectMapper om = shown.toLowerCase(Locale.ROOT).endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        om.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ColumnMapping m;
        try {
            m = om.readValue(file.toFile(), ColumnMapping.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw InputProblems.doesNotParse(shown, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                                             "column mapping", e.getOriginalMessage());
        } catch (IOException e) {
            throw InputProblems.unreadable(shown, e);
        }
        if (m == null)
            throw InputProblems.refused(shown, "column mapping is empty: nothing in the file");
        for (String field : m.columns.keySet())
            if (!FIELDS.contains(field))
                throw InputProblems.refused(shown, "column mapping names an unknown template field: " + field
                                                   + " (fields: " + String.join(", ", FIELDS) + ")");
        if (m.delimiter == null || m.delimiter.length() != 1)
            throw InputProblems.refused(shown, "delimiter must be one character: " + m.delimiter);
        return m;
    }

    /** The mapping of {@code file}, or the template when there is none. */
    public static ColumnMapping of(Optional<Path> file) { return file.map(ColumnMapping::read).orElseGet(ColumnMapping::template); }

    /** The column of the input that holds {@code field}. */
    public String column(String field) { return columns.getOrDefault(field, field); }

    /** The template field a column of the input holds, or null. */
    public String field(String column) {
        for (Map.Entry<String, String> e : columns.entrySet())
            if (e.getValue().equals(column))
                return e.getKey();
        return FIELDS.contains(column) && !columns.containsKey(column) ? column : null;
    }

    public char delimiter() { return delimiter.charAt(0); }
    public String listSeparator() { return listSeparator; }

    /** The values of a list cell: split at the list separator, stripped, blanks dropped. */
    public List<String> split(String cell) {
        List<String> out = new java.util.ArrayList<>();
        for (String part : cell.split(java.util.regex.Pattern.quote(listSeparator)))
            if (!part.isBlank())
                out.add(part.strip());
        return out;
    }

    /** The template kind for one of the input's words, or the word itself. */
    public String kind(String word) { return kinds.getOrDefault(word, word); }
}
