package org.alukg.ingest.json;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alukg.ingest.format.ImportContext;
import org.alukg.ingest.format.ImportInput;
import org.alukg.ingest.format.ImportTally;
import org.alukg.ingest.format.Importer;
import org.alukg.ingest.format.InputProblems;
import org.alukg.ingest.format.RejectedRow;
import org.alukg.ingest.inventory.ColumnMapping;
import org.alukg.ingest.inventory.InventoryMapping;
import org.alukg.ingest.inventory.InventoryRow;
import org.alukg.ingest.inventory.Utf8Check;

/**
 * Reads a company inventory in JSON: an array of objects, or an object whose {@code establishments} is that
 * array; fields as in the template (or a column mapping), lists as arrays or as one string. A row whose values
 * have the wrong JSON type is turned down naming each of them.
 */
public final class JsonInventoryImporter implements Importer {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ImportTally read(ImportInput input, ImportContext context) {
        ColumnMapping mapping = ColumnMapping.of(context.mappingFile());
        String file = input.name();
        List<InventoryRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long line = 1;
        try (JsonParser p = JSON.getFactory().createParser(new InputStreamReader(new Utf8Check(input.stream(), file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            toEstablishments(p, file);
            long number = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                line = p.currentTokenLocation().getLineNr();
                number++;
                String where = file + " row " + number + " (line " + line + ")";
                JsonNode node = JSON.readTree(p);
                if (node.isObject())
                    row(number, where, node, mapping, rows, rejected);
                else
                    rejected.add(new RejectedRow(number, List.of(new RejectedRow.Error(where, "expected an object: found "
                        + node.getNodeType().toString().toLowerCase(Locale.ROOT))), Map.of()));
                context.itemsRead(number);
            }
        } catch (CharacterCodingException e) {
            throw InputProblems.notUtf8(file, line);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw InputProblems.doesNotParse(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                                             "JSON", e.getOriginalMessage());
        } catch (IOException e) {
            throw InputProblems.unreadable(file, e);
        }
        return InventoryMapping.map(rows, rejected, context, mapping);
    }

    /** Moves the parser to the start of the array of establishments: the document itself, or its "establishments". */
    private static void toEstablishments(JsonParser p, String file) throws IOException {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_ARRAY)
            return;
        if (first != JsonToken.START_OBJECT)
            throw InputProblems.refused(file + " line " + p.currentLocation().getLineNr(),
                                        "expected an array of establishments: found " + (first == null ? "nothing" : first.asString()));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("establishments") && p.currentToken() == JsonToken.START_ARRAY)
                return;
            p.skipChildren();
        }
        throw InputProblems.refused(file, "expected an array of establishments, or an object with \"establishments\": [ … ]: "
                                          + "found no such array");
    }

    /** One object: a row, or a rejected row naming every field of the wrong type. */
    private static void row(long number, String where, JsonNode node, ColumnMapping mapping, List<InventoryRow> rows,
                            List<RejectedRow> rejected) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<RejectedRow.Error> errors = new ArrayList<>();
        for (var it = node.fields(); it.hasNext();) {
            var e = it.next();
            String field = mapping.field(e.getKey());
            if (field == null)
                continue;
            Optional<Object> v = value(field, e.getValue(), mapping);
            if (v.isEmpty()) {
                errors.add(new RejectedRow.Error(where, "field " + e.getKey() + ": expected "
                    + (InventoryRow.LIST_FIELDS.contains(field) ? "a string or an array of strings" : "a string or a number")
                    + ": found " + describe(e.getValue())));
                values.put(field, e.getValue().toString());
            } else {
                values.put(field, v.get());
            }
        }
        if (errors.isEmpty())
            rows.add(new InventoryRow(number, where, values));
        else
            rejected.add(new RejectedRow(number, errors, values));
    }

    /** The value of a field: text, or a list for the list fields; empty when the JSON type is wrong. */
    private static Optional<Object> value(String field, JsonNode v, ColumnMapping mapping) {
        boolean list = InventoryRow.LIST_FIELDS.contains(field);
        if (v.isNull())
            return Optional.of(list ? List.of() : "");
        if (!list)
            return v.isTextual() || v.isNumber() ? Optional.of(v.asText()) : Optional.empty();
        if (v.isTextual())
            return Optional.of(mapping.split(v.asText()));
        if (v.isNumber())
            return Optional.of(List.of(v.asText()));
        if (!v.isArray())
            return Optional.empty();
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!(item.isTextual() || item.isNumber()))
                return Optional.empty();
            out.add(item.asText().strip());
        }
        return Optional.of(out);
    }

    private static String describe(JsonNode v) {
        String s = v.toString();
        return v.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
    }
}
