package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MigrateTimeseriesParameters;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Checks the job parameters of {@code migrate-timeseries}: the SQLite store to copy
 * ({@code timeseriesDb}, default TIMESERIES_DB_PATH, which must exist), the PostgreSQL to copy into
 * ({@code targetUrl}, default the POSTGRES_ settings) and {@code since}, an ISO-8601 UTC time from
 * which raw readings are copied (unset: all of them).
 */
public final class MigrateTimeseriesParametersParser {

    private final JobEnvironment environment;

    public MigrateTimeseriesParametersParser(JobEnvironment environment) {
        this.environment = environment;
    }

    public MigrateTimeseriesParameters parse(String timeseriesDb, String targetUrl, String since) {
        Path source = JobEnvironment.requireTimeseriesFile(timeseriesDb == null || timeseriesDb.isBlank()
                ? environment.timeseriesFile() : JobEnvironment.path("timeseriesDb", timeseriesDb));
        String target = environment.timeseriesOnPostgresql(targetUrl, "targetUrl").postgresUrl();
        return new MigrateTimeseriesParameters(source, target, since(since));
    }

    private static long since(String value) {
        if (value == null || value.isBlank()) {
            return Long.MIN_VALUE;
        }
        try {
            return Instant.parse(value.strip()).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new JobFailedException("Job parameter since must be an ISO-8601 UTC time such as 2026-12-01T00:00:00Z, not '"
                    + value + "'", e);
        }
    }
}
