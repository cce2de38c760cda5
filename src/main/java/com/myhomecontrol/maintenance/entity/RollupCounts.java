package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a rollup run computed, per kind: series-hours rolled up, and hours left alone because retention reached them. */
public record RollupCounts(Map<String, Long> rolledUp, Map<String, Long> skipped) implements Serializable {

    public static RollupCounts none() {
        return new RollupCounts(new TreeMap<>(), new TreeMap<>());
    }

    public RollupCounts plus(String kind, long rolledUpHours, long skippedHours) {
        Map<String, Long> rolled = new TreeMap<>(rolledUp);
        Map<String, Long> left = new TreeMap<>(skipped);
        rolled.merge(kind, rolledUpHours, Long::sum);
        left.merge(kind, skippedHours, Long::sum);
        return new RollupCounts(rolled, left);
    }

    /** The job's exit status, e.g. "rolled up energy 120, weather 24 series-hours; skipped energy 0, weather 0". */
    @Override
    public String toString() {
        return "rolled up " + text(rolledUp) + " series-hours; skipped (raw readings deleted by retention) " + text(skipped);
    }

    private static String text(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
