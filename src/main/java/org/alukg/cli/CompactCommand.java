package org.alukg.cli;

import java.util.concurrent.Callable;

import org.alukg.ops.Compaction;
import org.alukg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code alukg compact}: compacts the TDB2 store and removes the old generation. */
@Command(name = "compact", mixinStandardHelpOptions = true,
         description = {"Compact the TDB2 store: copy the live data into a new generation, switch to it, delete the old one.",
                        "Prints the bytes on disk before and after. A running server does this with POST /$/compact.",
                        "Exit codes: 0 compacted, 1 refused (the store's disk has too little room), 3 failed."})
public final class CompactCommand implements Callable<Integer> {
    @Mixin StoreMixin store;

    @Override
    public Integer call() {
        try (Store st = store.open()) {
            Compaction.Compacted c = Compaction.compact(st);
            org.alukg.http.AuditLog.local(st.location(), "compact", null, null, null, "done");
            System.out.println("compacted " + st.description() + ": " + c.bytesBefore() + " bytes before, " + c.bytesAfter()
                               + " after");
            return AlukgCommand.OK;
        }
    }
}
