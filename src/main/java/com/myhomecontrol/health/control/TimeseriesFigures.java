package com.myhomecontrol.health.control;

import com.myhomecontrol.health.entity.Health;
import com.myhomecontrol.platform.control.SqlValues;
import com.myhomecontrol.platform.control.TimeseriesDatabase;
import com.myhomecontrol.platform.control.TimeseriesWriter;
import com.myhomecontrol.platform.entity.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The time-series store's size, its number of readings and its newest write. The readings are
 * the sums of the series summaries (energy_devices, weather_series), which the store keeps exact on
 * every write and retention: a few rows to add up instead of counting millions of readings.
 */
@ApplicationScoped
public class TimeseriesFigures {

    private static final String READINGS = "SELECT (SELECT COALESCE(SUM(reading_count), 0) FROM energy_devices)"
            + " + (SELECT COALESCE(SUM(reading_count), 0) FROM weather_series)";
    private static final double MB = 1024.0 * 1024.0;

    /** The figures, and why the store fails, or null when it does not. */
    public record Reading(Health.Timeseries figures, String problem) {
    }

    @Inject
    TimeseriesDatabase database;

    @Inject
    TimeseriesWriter writer;

    @Inject
    TimeseriesSize size;

    public Reading read() {
        String problem = writer.isRunning() ? writer.failure().orElse(null) : "its writer thread has stopped";
        Long readings = null;
        Long bytes = null;
        Long walBytes = null;
        try {
            readings = writer.read(connection -> SqlValues.firstLong(connection, READINGS)).orElseThrow();
            bytes = size.bytes();
            walBytes = size.walBytes();
        } catch (StoreUnavailableException e) {
            problem = problem == null ? e.getMessage() : problem;
        }
        var figures = new Health.Timeseries(problem == null ? Health.Timeseries.OK : Health.Timeseries.FAILING,
                database.kind().setting(), database.location(), bytes, bytes == null ? null : Math.round(bytes / MB * 10) / 10.0,
                walBytes, readings, writer.lastCommit().orElse(null));
        return new Reading(figures, problem);
    }
}
