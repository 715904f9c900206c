package org.alukg.ingest.inventory;

import java.util.List;

import org.alukg.ingest.format.RejectedRow;

/** A row a stage of the mapping turned down, with every error it found. */
record RowRejection(InventoryRow row, List<RowError> errors) {
    RowRejection {
        errors = List.copyOf(errors);
    }

    /** The row as the import report names it: each error with its row, line and column in the input's own names. */
    RejectedRow reported(ColumnMapping mapping) {
        return new RejectedRow(row.number(), errors.stream()
            .map(e -> new RejectedRow.Error(e.field() == null ? row.where() : row.at(e.field(), mapping), e.message()))
            .toList(), row.values());
    }
}
