package org.alukg.trace;

import java.util.Arrays;

/**
 * A value per node (or edge) of a {@link SupplyNetwork}, for one step of one trace on one thread: emptied in constant
 * time by a new epoch, so that a trace costs what it finds and not what the network holds.
 */
final class Marks {
    private final int[] epochs, values;
    private int epoch;

    Marks(int size) {
        epochs = new int[size];
        values = new int[size];
    }

    /** These marks, emptied. */
    Marks clear() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(epochs, 0);
            epoch = 1;
        }
        return this;
    }

    boolean has(int i) { return epochs[i] == epoch; }

    int get(int i) { return values[i]; }

    void put(int i, int value) {
        epochs[i] = epoch;
        values[i] = value;
    }
}
