package org.alukg.ingest;

import java.util.List;
import java.util.Map;

/**
 * One row of a company inventory, with its values by template field (a String, or a List of Strings for the
 * list fields), its number (1 = the first data row) and where it is, for messages ("firms.csv row 3 (line 4)").
 */
record InventoryRow(long number, String where, Map<String, Object> values) {
    /** The fields that hold lists: several values in one cell (separated by the list separator) or a JSON array. */
    static final List<String> LIST_FIELDS = List.of("kind", "industries", "products", "customers", "suppliers", "inputs");

    String text(String field) {
        Object v = values.get(field);
        if (v == null)
            return null;
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    @SuppressWarnings("unchecked")
    List<String> list(String field) {
        Object v = values.get(field);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** Where a field of this row is: "firms.csv row 3 (line 4), column date". */
    String at(String field, ColumnMapping mapping) { return where + ", column " + mapping.column(field); }
}
