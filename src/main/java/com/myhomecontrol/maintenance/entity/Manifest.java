package com.myhomecontrol.maintenance.entity;

import java.time.Instant;
import java.util.Map;

/**
 * What a backup set holds, to verify it by: rows per table of the copy and the sha256 (hex) of
 * each file of the set, by file name.
 */
public record Manifest(String platformVersion, String schemaVersion, Instant started, Instant ended,
                       Map<String, Long> rowCounts, Map<String, String> sha256) {

    public Manifest {
        rowCounts = Map.copyOf(rowCounts);
        sha256 = Map.copyOf(sha256);
    }
}
