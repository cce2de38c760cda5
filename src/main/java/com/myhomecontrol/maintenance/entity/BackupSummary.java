package com.myhomecontrol.maintenance.entity;

import java.time.Instant;
import java.util.Map;

/**
 * A backup set as the backups API lists it: from its manifest, the rows of both stores and their
 * schema versions, how each part went in, the files' total size, and its newest verification
 * (null when none is recorded, e.g. a set copied in by hand).
 */
public record BackupSummary(String name, String path, Instant started, Instant ended, long sizeBytes,
                            String platformVersion, String timeseriesSchemaVersion, Map<String, Long> timeseriesRows,
                            String mediaSchemaVersion, Map<String, Long> mediaRows, Map<String, String> parts,
                            Verification verification) {
}
