package com.myhomecontrol.maintenance.entity;

import java.util.List;

/**
 * The tables {@code migrate-timeseries} copies from SQLite into PostgreSQL, in the order it copies
 * them, each with its primary key, which it walks in order. The raw tables come first: on
 * PostgreSQL a trigger counts each new weather reading into weather_series, which is copied after
 * them and so ends as SQLite has it; the marks come last.
 */
public enum CopiedTable {

    ENERGY_RAW("energy_timeseries", List.of("device_id", "timestamp")),
    WEATHER_RAW("weather_timeseries", List.of("station_id", "module_type", "timestamp")),
    ENERGY_DEVICES("energy_devices", List.of("device_id")),
    WEATHER_SERIES("weather_series", List.of("station_id", "module_type")),
    ENERGY_HOURLY("energy_hourly", List.of("device_id", "hour_start")),
    ENERGY_5M("energy_5m", List.of("device_id", "bucket_start")),
    WEATHER_5M("weather_5m", List.of("station_id", "module_type", "metric", "bucket_start")),
    WEATHER_HOURLY("weather_hourly", List.of("station_id", "module_type", "metric", "hour_start")),
    ENERGY_PENDING("energy_rollup_pending", List.of("hour_start", "device_id")),
    WEATHER_PENDING("weather_rollup_pending", List.of("hour_start", "station_id", "module_type")),
    RETENTION_MARKS("retention_marks", List.of("series")),
    ROLLUP_MARKS("rollup_marks", List.of("statistics"));

    private final String table;
    private final List<String> key;

    CopiedTable(String table, List<String> key) {
        this.table = table;
        this.key = key;
    }

    public String table() {
        return table;
    }

    public List<String> key() {
        return key;
    }

    public boolean isRaw() {
        return this == ENERGY_RAW || this == WEATHER_RAW;
    }
}
