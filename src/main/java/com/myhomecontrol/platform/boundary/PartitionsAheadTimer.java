package com.myhomecontrol.platform.boundary;

import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.control.TimeseriesDialect;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Keeps the daily partitions of the time series on PostgreSQL made a week ahead. Every server runs
 * it (making a partition is idempotent and serialized in the database); a write that finds its day
 * missing makes it anyway, so this only keeps that off the write path. Nothing to do on SQLite.
 */
@Singleton
public class PartitionsAheadTimer {

    @Inject
    TimeseriesDatabase database;

    @Inject
    TimeseriesDialect dialect;

    @Schedule(hour = "*/6", minute = "17", persistent = false)
    void makePartitionsAhead() {
        database.makePartitionsAhead(dialect);
    }
}
