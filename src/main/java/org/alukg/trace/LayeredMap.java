package org.alukg.trace;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map that holds only what was put or removed since the map it was made over, and asks that one for the rest: a
 * network patched after a write shares its tables with the one before instead of copying them. Values are never
 * null. Past {@value #MAX_DEPTH} maps one over another, the next is made over a flat copy.
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {
    static final int MAX_DEPTH = 32;
    private static final Object GONE = new Object();

    private final Map<K, V> below;
    private final Map<K, Object> top = new HashMap<>();
    private final int depth;

    private LayeredMap(Map<K, V> below, int depth) {
        this.below = below;
        this.depth = depth;
    }

    /** A map over {@code below}, which is not changed afterwards. */
    static <K, V> Map<K, V> over(Map<K, V> below) {
        int depth = below instanceof LayeredMap<K, V> l ? l.depth + 1 : 1;
        return depth > MAX_DEPTH ? new LayeredMap<>(flat(below), 1) : new LayeredMap<>(below, depth);
    }

    private static <K, V> Map<K, V> flat(Map<K, V> m) {
        if (!(m instanceof LayeredMap<K, V> l))
            return new HashMap<>(m);
        Map<K, V> out = flat(l.below);
        l.top.forEach((k, v) -> {
            if (v == GONE)
                out.remove(k);
            else
                out.put(k, cast(v));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <V> V cast(Object v) { return (V) v; }

    @Override
    public V get(Object key) {
        Object v = top.get(key);
        if (v != null)
            return v == GONE ? null : cast(v);
        return below.get(key);
    }

    @Override
    public boolean containsKey(Object key) { return get(key) != null; }

    @Override
    public V put(K key, V value) {
        V was = get(key);
        top.put(key, value);
        return was;
    }

    @Override
    public V remove(Object key) {
        V was = get(key);
        if (was != null) {
            @SuppressWarnings("unchecked") K k = (K) key;
            top.put(k, GONE);
        }
        return was;
    }

    /** Every entry, from a flat copy (seldom wanted: a network reads its tables by key). */
    @Override
    public Set<Entry<K, V>> entrySet() { return flat(this).entrySet(); }
}
