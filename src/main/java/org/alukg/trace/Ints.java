package org.alukg.trace;

import java.util.Arrays;

/** A growable list of ints, so that a trace does not box the node and edge numbers it handles. */
final class Ints {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
        if (size == values.length)
            values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    int get(int i) { return values[i]; }

    void set(int i, int v) { values[i] = v; }

    int size() { return size; }

    int[] toArray() { return Arrays.copyOf(values, size); }
}
