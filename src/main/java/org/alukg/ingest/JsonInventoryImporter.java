package org.alukg.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a company inventory in JSON: an array of objects, or an object whose {@code establishments} is that
 * array; fields as in the template (or a column mapping), lists as arrays or as one string.
 */
final class JsonInventoryImporter implements Importer {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(ImportInput input, ImportContext context) {
        ColumnMapping mapping = context.mapping();
        List<InventoryRow> rows = new ArrayList<>();
        JsonFactory factory = JSON.getFactory();
        long line = 1;
        try (JsonParser p = factory.createParser(new InputStreamReader(new Utf8Check(input.stream(), input.name()), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("establishments") && p.currentToken() == JsonToken.START_ARRAY) {
                        found = true;
                        break;
                    }
                    p.skipChildren();
                }
                if (!found)
                    throw new ImportException(input.name() + ": expected an array of establishments, or an object with "
                                              + "\"establishments\": [ … ]: found no such array");
            } else if (first != JsonToken.START_ARRAY) {
                throw new ImportException(input.name() + " line " + p.currentLocation().getLineNr()
                                          + ": expected an array of establishments: found " + (first == null ? "nothing" : first.asString()));
            }
            long number = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                line = p.currentTokenLocation().getLineNr();
                number++;
                String where = input.name() + " row " + number + " (line " + line + ")";
                JsonNode node = JSON.readTree(p);
                if (!node.isObject()) {
                    context.badRow(number, where, "expected an object: found " + node.getNodeType().toString().toLowerCase(), Map.of());
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                String error = null;
                for (var it = node.fields(); it.hasNext();) {
                    var e = it.next();
                    String field = mapping.field(e.getKey());
                    if (field == null)
                        continue;
                    Object v = value(field, e.getValue(), mapping);
                    if (v == null) {
                        error = error != null ? error : "field " + e.getKey() + ": expected "
                            + (InventoryRow.LIST_FIELDS.contains(field) ? "a string or an array of strings" : "a string or a number")
                            + ": found " + describe(e.getValue());
                        values.put(field, e.getValue().toString());
                    } else {
                        values.put(field, v);
                    }
                }
                if (error != null)
                    context.badRow(number, where, error, values);
                else
                    rows.add(new InventoryRow(number, where, values));
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(input.name() + " line " + line + ": not UTF-8: malformed bytes (save the file as UTF-8)");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ImportException(input.name() + (loc != null ? " line " + loc.getLineNr() + " column " + loc.getColumnNr() : "")
                                      + ": JSON does not parse: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImportException(input.name() + ": cannot read: " + e.getMessage());
        }
        new InventoryMapper(context).map(rows);
    }

    /** The value of a field: text, or a list for the list fields; null when the JSON type is wrong. */
    private static Object value(String field, JsonNode v, ColumnMapping mapping) {
        if (v.isNull())
            return InventoryRow.LIST_FIELDS.contains(field) ? List.of() : "";
        if (InventoryRow.LIST_FIELDS.contains(field)) {
            List<String> out = new ArrayList<>();
            if (v.isTextual()) {
                for (String part : v.asText().split(java.util.regex.Pattern.quote(mapping.listSeparator())))
                    if (!part.isBlank())
                        out.add(part.strip());
                return out;
            }
            if (!v.isArray())
                return v.isNumber() ? List.of(v.asText()) : null;
            for (JsonNode item : v) {
                if (!(item.isTextual() || item.isNumber()))
                    return null;
                out.add(item.asText().strip());
            }
            return out;
        }
        return v.isTextual() || v.isNumber() ? v.asText() : null;
    }

    private static String describe(JsonNode v) {
        String s = v.toString();
        return v.getNodeType().toString().toLowerCase() + " " + (s.length() > 60 ? s.substring(0, 60) + "…" : s);
    }
}
