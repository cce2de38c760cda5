package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a rollup run computed, per kind: series-hours rolled up, and hours left alone because
 * retention reached them; and the longest any of its transactions held the store's write lock,
 * which is what the server's writer may have had to wait.
 */
public record RollupCounts(Map<String, Long> rolledUp, Map<String, Long> skipped, long longestTransactionMillis)
        implements Serializable {

    public static RollupCounts none() {
        return new RollupCounts(new TreeMap<>(), new TreeMap<>(), 0);
    }

    public RollupCounts plus(String kind, long rolledUpHours, long skippedHours) {
        Map<String, Long> rolled = new TreeMap<>(rolledUp);
        Map<String, Long> left = new TreeMap<>(skipped);
        rolled.merge(kind, rolledUpHours, Long::sum);
        left.merge(kind, skippedHours, Long::sum);
        return new RollupCounts(rolled, left, longestTransactionMillis);
    }

    public RollupCounts withTransaction(long heldMillis) {
        return new RollupCounts(rolledUp, skipped, Math.max(longestTransactionMillis, heldMillis));
    }

    /** The job's exit status, e.g. "rolled up energy 120, weather 24 series-hours; skipped ... energy 0, weather 0; longest transaction 14 ms". */
    @Override
    public String toString() {
        return "rolled up " + text(rolledUp) + " series-hours; skipped (raw readings deleted by retention) " + text(skipped)
                + "; longest transaction " + longestTransactionMillis + " ms";
    }

    private static String text(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
