package org.alukg.ingest.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alukg.ingest.format.ImportContext;
import org.alukg.ingest.format.ImportTally;
import org.alukg.ingest.format.RejectedRow;

/**
 * Turns inventory rows into the terms of the curated data, in four stages over immutable rows: check (every value
 * of a row, each error named), match (the organisations of the graph, customers and suppliers), mint (IRIs of the
 * new organisations) and write (the triples). Every row turned down comes back in the tally with all its errors;
 * whether that refuses the import is the caller's decision.
 */
public final class InventoryMapping {
    private InventoryMapping() {}

    /**
     * Maps {@code rows} into the import's graph; {@code rejectedOnReading} are the rows the reader could not take
     * (a wrong number of cells, a value of the wrong JSON type), reported with the others.
     */
    public static ImportTally map(List<InventoryRow> rows, List<RejectedRow> rejectedOnReading, ImportContext context,
                                  ColumnMapping mapping) {
        KnownEntities known = new KnownEntities(context.store());
        Stage<CheckedRow> checked = new RowChecker(new Concepts(context.store()), mapping, context).check(rows);
        Stage<MatchedRow> matched = new EntityMatch(known, context.base()).match(checked);
        List<MintedRow> minted = new IriMinter(known, context).mint(matched.passed());
        InventoryWriter.Written written = new InventoryWriter(context, known).write(minted);

        List<RejectedRow> rejected = new ArrayList<>(rejectedOnReading);
        checked.rejected().forEach(r -> rejected.add(r.reported(mapping)));
        matched.rejected().forEach(r -> rejected.add(r.reported(mapping)));
        rejected.sort(Comparator.comparingLong(RejectedRow::row));
        return new ImportTally(rows.size() + rejectedOnReading.size(), written.created(), written.linked(), rejected,
                               written.locations());
    }
}
