package org.alukg.ingest.inventory;

import java.util.List;
import java.util.Map;

/**
 * One row of a company inventory, with its values by template field (a String, or a List of Strings for the
 * list fields), its number (1 = the first data row) and where it is, for messages ("firms.csv row 3 (line 4)").
 */
public record InventoryRow(long number, String where, Map<String, Object> values) {
    /** The fields that hold lists: several values in one cell (separated by the list separator) or a JSON array. */
    public static final List<String> LIST_FIELDS = List.of("kind", "industries", "products", "customers", "suppliers", "inputs");

    public InventoryRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The text of a field, stripped; null when absent or blank. */
    String text(String field) {
        Object v = values.get(field);
        if (v == null)
            return null;
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The values of a list field; empty when absent. */
    @SuppressWarnings("unchecked")
    List<String> list(String field) {
        Object v = values.get(field);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** Where a field of this row is: "firms.csv row 3 (line 4), column date". */
    String at(String field, ColumnMapping mapping) { return where + ", column " + mapping.column(field); }
}
