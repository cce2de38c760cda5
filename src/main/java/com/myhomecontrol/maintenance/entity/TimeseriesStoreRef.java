package com.myhomecontrol.maintenance.entity;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * The time-series store a job works on: a SQLite file, or the schema timeseries of a PostgreSQL
 * database, named by its JDBC URL (credentials come from POSTGRES_USER and POSTGRES_PASSWORD,
 * never from a job parameter, which the job repository keeps).
 */
public record TimeseriesStoreRef(Path file, String postgresUrl) implements Serializable {

    public static TimeseriesStoreRef sqlite(Path file) {
        return new TimeseriesStoreRef(file, null);
    }

    public static TimeseriesStoreRef postgresql(String jdbcUrl) {
        return new TimeseriesStoreRef(null, jdbcUrl);
    }

    public boolean onPostgresql() {
        return postgresUrl != null;
    }

    @Override
    public String toString() {
        return onPostgresql() ? postgresUrl + " (schema timeseries)" : file.toString();
    }
}
