package org.alukg.ingest.inventory;

import java.util.List;

/** What one stage of the mapping made of its rows: those that passed, as the next stage takes them, and those it turned down. */
record Stage<T>(List<T> passed, List<RowRejection> rejected) {
    Stage {
        passed = List.copyOf(passed);
        rejected = List.copyOf(rejected);
    }
}
