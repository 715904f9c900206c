package org.alukg.ingest.csv;

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
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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

/** Reads a company inventory in CSV (UTF-8, a header row, the template's columns or a column mapping). */
public final class CsvInventoryImporter implements Importer {
    /** The longest cell read, in characters: an inventory cell holds a name, a list or a web address. */
    public static final int MAX_CELL_CHARS = 1 << 20;

    @Override
    public ImportTally read(ImportInput input, ImportContext context) {
        ColumnMapping mapping = ColumnMapping.of(context.mappingFile());
        String file = input.name();
        char delimiter = file.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : mapping.delimiter();
        CsvMapper csv = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_CHARS).build()).build());
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        Reader reader = new InputStreamReader(new Utf8Check(input.stream(), file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<InventoryRow> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long line = 1;
        try (MappingIterator<List<String>> it = csv.readerFor(List.class).with(schema).readValues(reader)) {
            if (!it.hasNext())
                throw InputProblems.refused(file, "the file is empty: expected a header row");
            List<String> header = new ArrayList<>(it.next());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF"))
                header.set(0, header.get(0).substring(1));
            String[] fields = fieldsOf(header, mapping, file);
            long number = 0;
            while (it.hasNext()) {
                line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.next();
                number++;
                if (cells.size() == 1 && cells.get(0).isBlank())
                    continue;
                String where = file + " row " + number + " (line " + line + ")";
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(cells.size(), fields.length); i++)
                    if (fields[i] != null)
                        values.put(fields[i], InventoryRow.LIST_FIELDS.contains(fields[i]) ? mapping.split(cells.get(i)) : cells.get(i));
                if (cells.size() != header.size())
                    rejected.add(new RejectedRow(number, List.of(new RejectedRow.Error(where, "wrong number of cells: "
                        + cells.size() + " (the header has " + header.size() + ")")), values));
                else
                    rows.add(new InventoryRow(number, where, values));
                context.itemsRead(rows.size() + rejected.size());
            }
        } catch (CharacterCodingException e) {
            throw InputProblems.notUtf8(file, line);
        } catch (StreamConstraintsException e) {
            throw cellTooLong(file, e, line);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw InputProblems.doesNotParse(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                                             "CSV", e.getOriginalMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof CharacterCodingException)
                throw InputProblems.notUtf8(file, line);
            throw InputProblems.unreadable(file, e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException)
                throw InputProblems.notUtf8(file, line);
            if (e.getCause() instanceof StreamConstraintsException c) // Jackson's iterator wraps what it read
                throw cellTooLong(file, c, line);
            throw e;
        }
        return InventoryMapping.map(rows, rejected, context, mapping);
    }

    private static org.alukg.problem.Problem cellTooLong(String file, StreamConstraintsException e, long line) {
        var loc = e.getLocation();
        return InputProblems.refused(InputProblems.at(file, loc == null || loc.getLineNr() < 1 ? line : loc.getLineNr(), 0),
                                     "a cell longer than " + MAX_CELL_CHARS + " characters (is it a CSV file?)");
    }

    /** The template field of each column; refuses the file when a required column is missing. */
    private static String[] fieldsOf(List<String> header, ColumnMapping mapping, String file) {
        String[] fields = new String[header.size()];
        for (int i = 0; i < header.size(); i++)
            fields[i] = mapping.field(header.get(i).strip());
        List<String> present = Arrays.asList(fields);
        List<String> missing = new ArrayList<>();
        for (String required : ColumnMapping.REQUIRED)
            if (!present.contains(required))
                missing.add(mapping.column(required));
        if (!present.contains("name_fr") && !present.contains("name_en"))
            missing.add(mapping.column("name_fr") + " or " + mapping.column("name_en"));
        if (!missing.isEmpty())
            throw InputProblems.refused(file + " line 1", "missing column: " + String.join(", ", missing)
                                                          + " (header: " + String.join(", ", header) + ")");
        return fields;
    }
}
