package org.ticketgrid.grid;

import java.util.Map;

/** A map entry that counts writes, standing in for a partition's record when a processor runs. */
public final class CountingEntry<K, V> implements Map.Entry<K, V> {

    private final K key;
    private V value;
    private int writes;

    public CountingEntry(K key, V value) {
        this.key = key;
        this.value = value;
    }

    public int writes() {
        return writes;
    }

    @Override
    public K getKey() {
        return key;
    }

    @Override
    public V getValue() {
        return value;
    }

    @Override
    public V setValue(V v) {
        writes++;
        V old = value;
        value = v;
        return old;
    }
}
