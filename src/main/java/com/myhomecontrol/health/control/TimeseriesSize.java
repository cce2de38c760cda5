package com.myhomecontrol.health.control;

import com.myhomecontrol.platform.control.DatabaseFiles;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the time series take on disk: the SQLite file and its write-ahead log, or on PostgreSQL the
 * tables and indexes of the schema (PostgreSQL's write-ahead log belongs to the whole server, not
 * to this schema, so it counts 0 there).
 */
@ApplicationScoped
public class TimeseriesSize {

    private static final String SCHEMA_SIZE = "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')";

    @Inject
    TimeseriesDatabase database;

    @Inject
    TimeseriesWriter writer;

    public long bytes() {
        return switch (database.kind()) {
            case SQLITE -> DatabaseFiles.sizeOf(database.file());
            case POSTGRESQL -> writer.read(connection -> SqlValues.firstLong(connection, SCHEMA_SIZE)).orElse(0);
        };
    }

    public long walBytes() {
        return switch (database.kind()) {
            case SQLITE -> DatabaseFiles.sizeOf(DatabaseFiles.walOf(database.file()));
            case POSTGRESQL -> 0;
        };
    }
}
