package com.myhomecontrol.maintenance.entity;

import java.util.Arrays;
import java.util.List;

/**
 * A time-series table retention deletes from, one series (a device, a module, a metric) after the
 * other, each by ranges of its time column, the last column of the primary key; the raw tables
 * also have a table of what is stored per series, kept true as their rows go.
 */
public enum RetentionTable {

    ENERGY_RAW("energy_timeseries", List.of("device_id"), "timestamp", "energy_devices"),
    WEATHER_RAW("weather_timeseries", List.of("station_id", "module_type"), "timestamp", "weather_series"),
    ENERGY_5M("energy_5m", List.of("device_id"), "bucket_start", null),
    WEATHER_5M("weather_5m", List.of("station_id", "module_type", "metric"), "bucket_start", null);

    private final String table;
    private final List<String> seriesColumns;
    private final String timeColumn;
    private final String seriesTable;

    RetentionTable(String table, List<String> seriesColumns, String timeColumn, String seriesTable) {
        this.table = table;
        this.seriesColumns = seriesColumns;
        this.timeColumn = timeColumn;
        this.seriesTable = seriesTable;
    }

    /** The tables of every kind, by name. */
    public static List<String> names() {
        return Arrays.stream(values()).map(RetentionTable::table).toList();
    }

    public String table() {
        return table;
    }

    public List<String> seriesColumns() {
        return seriesColumns;
    }

    public String timeColumn() {
        return timeColumn;
    }

    /** The table of first_timestamp and reading_count per series, or null. */
    public String seriesTable() {
        return seriesTable;
    }

    public boolean isRaw() {
        return seriesTable != null;
    }
}
