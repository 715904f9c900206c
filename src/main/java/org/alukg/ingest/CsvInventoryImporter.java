package org.alukg.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Reads a company inventory in CSV (UTF-8, a header row, the template's columns or a column mapping). */
final class CsvInventoryImporter implements Importer {
    @Override
    public void read(ImportInput input, ImportContext context) {
        ColumnMapping mapping = context.mapping();
        List<InventoryRow> rows = new ArrayList<>();
        char delimiter = input.name().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : mapping.delimiter();
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        Reader reader = new InputStreamReader(new Utf8Check(input.stream(), input.name()), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long line = 1;
        try (MappingIterator<List<String>> it = csv.readerFor(List.class).with(schema).readValues(reader)) {
            if (!it.hasNext())
                throw new ImportException(input.name() + ": the file is empty: expected a header row");
            List<String> header = new ArrayList<>(it.next());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF"))
                header.set(0, header.get(0).substring(1));
            String[] fields = fieldsOf(header, mapping, input.name());
            long number = 0;
            while (it.hasNext()) {
                line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.next();
                number++;
                if (cells.size() == 1 && cells.get(0).isBlank())
                    continue;
                String where = input.name() + " row " + number + " (line " + line + ")";
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(cells.size(), fields.length); i++)
                    if (fields[i] != null)
                        values.put(fields[i], InventoryRow.LIST_FIELDS.contains(fields[i]) ? split(cells.get(i), mapping) : cells.get(i));
                InventoryRow row = new InventoryRow(number, where, values);
                if (cells.size() != header.size())
                    context.badRow(number, where, "wrong number of cells: " + cells.size() + " (the header has " + header.size() + ")", values);
                else
                    rows.add(row);
            }
        } catch (CharacterCodingException e) {
            throw new ImportException(input.name() + " line " + line + ": not UTF-8: malformed bytes (save the file as UTF-8)");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ImportException(input.name() + (loc != null ? " line " + loc.getLineNr() + " column " + loc.getColumnNr() : "")
                                      + ": CSV does not parse: " + e.getOriginalMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException)
                throw new ImportException(input.name() + " line " + line + ": not UTF-8: malformed bytes (save the file as UTF-8)");
            throw new ImportException(input.name() + ": cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException)
                throw new ImportException(input.name() + " line " + line + ": not UTF-8: malformed bytes (save the file as UTF-8)");
            throw e;
        }
        new InventoryMapper(context).map(rows);
    }

    /** The template field of each column; fails when a required column is missing. */
    private static String[] fieldsOf(List<String> header, ColumnMapping mapping, String file) {
        String[] fields = new String[header.size()];
        for (int i = 0; i < header.size(); i++)
            fields[i] = mapping.field(header.get(i).strip());
        List<String> present = Arrays.asList(fields);
        List<String> missing = new ArrayList<>();
        for (String required : InventoryMapper.REQUIRED)
            if (!present.contains(required))
                missing.add(mapping.column(required));
        if (!present.contains("name_fr") && !present.contains("name_en"))
            missing.add(mapping.column("name_fr") + " or " + mapping.column("name_en"));
        if (!missing.isEmpty())
            throw new ImportException(file + " line 1: missing column: " + String.join(", ", missing)
                                      + " (header: " + String.join(", ", header) + ")");
        return fields;
    }

    private static List<String> split(String cell, ColumnMapping mapping) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(java.util.regex.Pattern.quote(mapping.listSeparator())))
            if (!part.isBlank())
                out.add(part.strip());
        return out;
    }
}
