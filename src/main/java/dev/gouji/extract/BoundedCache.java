package dev.gouji.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of a label kept across documents (labels repeat within and across reports),
 * cleared when it grows past its limit so that a long run's memory stays bounded. Thread-safe.
 */
public final class BoundedCache<V> {
    private final int limit;
    private final Function<String, V> compute;
    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();

    public BoundedCache(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    public V get(String key) {
        V cached = values.get(key);
        if (cached != null) {
            return cached;
        }
        V value = compute.apply(key);
        if (values.size() >= limit) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }
}
