package com.myhomecontrol.maintenance.entity;

import java.util.List;
import java.util.Map;

/**
 * What the copy of one store holds: its schema version (the newest Flyway migration), rows per
 * table, and, for an export of PostgreSQL tables, each table's columns in the order of its file.
 */
public record StoreContent(String schemaVersion, Map<String, Long> rowCounts, Map<String, List<String>> columns) {

    public StoreContent {
        rowCounts = Map.copyOf(rowCounts);
        columns = Map.copyOf(columns);
    }

    public static StoreContent of(String schemaVersion, Map<String, Long> rowCounts) {
        return new StoreContent(schemaVersion, rowCounts, Map.of());
    }
}
