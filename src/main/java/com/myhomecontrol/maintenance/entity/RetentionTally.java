package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a retention run deleted so far (or, in a dry run, would delete): rows and bytes by name,
 * such as energy_timeseries, recordings or recordings_over_cap. Kept with the step's checkpoint,
 * so that a restarted run reports the whole of it.
 */
public final class RetentionTally implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows and bytes; bytes only for what has a size. */
    public record Count(long rows, long bytes) implements Serializable {

        Count plus(Count other) {
            return new Count(rows + other.rows, bytes + other.bytes);
        }
    }

    private final TreeMap<String, Count> counts = new TreeMap<>();

    public void add(String name, long rows, long bytes) {
        counts.merge(name, new Count(rows, bytes), Count::plus);
    }

    public Map<String, Count> counts() {
        return Map.copyOf(counts);
    }

    public long rows() {
        return counts.values().stream().mapToLong(Count::rows).sum();
    }
}
