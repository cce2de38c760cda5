package com.myhomecontrol.platform.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The rows of one write with those of the same key merged into one, first seen first: what
 * upserting them one after the other would store. A multi-row upsert (PostgreSQL's rewritten
 * batches) may not touch a row twice.
 */
public final class SameKeyRows {

    private SameKeyRows() {
    }

    /** {@code merge} gets the earlier row and the later one of a key. */
    public static <T, K> List<T> merged(List<T> rows, Function<T, K> key, BinaryOperator<T> merge) {
        Map<K, T> byKey = new LinkedHashMap<>();
        for (T row : rows) {
            byKey.merge(key.apply(row), row, merge);
        }
        return byKey.size() == rows.size() ? rows : List.copyOf(byKey.values());
    }
}
