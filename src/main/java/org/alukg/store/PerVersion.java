package org.alukg.store;

import java.util.function.Supplier;

/**
 * One thing made from the data (an index, a snapshot), kept for the data version it was made for and made again when
 * asked for another: right after every write by construction, whatever path the write took. Made at most once at a
 * time; readers of the version it holds never wait.
 */
public final class PerVersion<T> {
    private record Made<T>(DataVersion version, T value) {}

    private volatile Made<T> latest;

    /** The thing made for {@code version}: the one kept when it is for that version, else {@code make}'s, kept from now. */
    public T get(DataVersion version, Supplier<T> make) {
        Made<T> m = latest;
        if (m != null && m.version().equals(version))
            return m.value();
        synchronized (this) {
            m = latest;
            if (m != null && m.version().equals(version))
                return m.value();
            T value = make.get();
            latest = new Made<>(version, value);
            return value;
        }
    }

    /** True when the thing kept is for {@code version}. */
    public boolean isFor(DataVersion version) {
        Made<T> m = latest;
        return m != null && m.version().equals(version);
    }
}
