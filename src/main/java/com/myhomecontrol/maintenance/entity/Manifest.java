package com.myhomecontrol.maintenance.entity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a backup set holds, to verify it by: the content of the time-series copy and of the media
 * export (none unless the media part was copied), how each part went, and the sha256 (hex) of
 * every file of the set by its path in the set ('/' separated). The set holds these files and
 * the manifest, nothing else.
 */
public record Manifest(String platformVersion, Instant started, Instant ended, StoreContent timeseries,
                       Optional<StoreContent> media, Map<BackupPart, PartOutcome> parts, Map<String, String> sha256) {

    public Manifest {
        parts = Map.copyOf(parts);
        sha256 = Map.copyOf(sha256);
    }

    public PartOutcome outcome(BackupPart part) {
        return parts.getOrDefault(part, PartOutcome.skipped("not in this set"));
    }

    /** The parts that failed, by name and reason; empty when every part went in. */
    public Map<BackupPart, String> failures() {
        Map<BackupPart, String> failures = new EnumMap<>(BackupPart.class);
        parts.forEach((part, outcome) -> {
            if (outcome.status() == PartOutcome.Status.FAILED) {
                failures.put(part, outcome.detail());
            }
        });
        return failures;
    }
}
