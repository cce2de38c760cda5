package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RollupParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import com.myhomecontrol.platform.entity.TimeRange;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Checks the job parameters of a rollup: the store ({@link JobEnvironment#timeseriesStore}); a period to rebuild, {@code from} (and {@code to}, default now) as ISO-8601 UTC times, or
 * {@code rebuild=true} for everything. An unset job parameter reaches the job as null or "".
 */
public final class RollupParametersParser {

    private final JobEnvironment environment;

    public RollupParametersParser(JobEnvironment environment) {
        this.environment = environment;
    }

    public RollupParameters parse(String timeseriesDb, String from, String to, String rebuild, Instant now) {
        TimeseriesStoreRef store = store(timeseriesDb);
        boolean everything = rebuild(rebuild);
        if (everything && !(isUnset(from) && isUnset(to))) {
            throw new JobFailedException("Job parameter rebuild=true rebuilds everything: give it without from and to");
        }
        if (isUnset(from) && !isUnset(to)) {
            throw new JobFailedException("Job parameter to needs from, the start of the period to rebuild");
        }
        if (everything) {
            return new RollupParameters(store, new TimeRange(Instant.EPOCH, now));
        }
        if (isUnset(from)) {
            return new RollupParameters(store, null);
        }
        Instant start = time("from", from);
        Instant end = isUnset(to) ? now : time("to", to);
        if (!start.isBefore(end)) {
            throw new JobFailedException("Job parameter from must be before to" + (isUnset(to) ? " (now)" : "") + ", was " + start);
        }
        return new RollupParameters(store, new TimeRange(start, end));
    }

    public TimeseriesStoreRef store(String timeseriesDb) {
        return environment.timeseriesStore(timeseriesDb);
    }

    /** Connections of the job's own to the store the parameter names. */
    public DataSource open(String timeseriesDb) {
        return environment.open(store(timeseriesDb));
    }

    private static boolean rebuild(String value) {
        if (isUnset(value) || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw new JobFailedException("Job parameter rebuild must be true or false, not '" + value + "'");
    }

    private static Instant time(String name, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new JobFailedException("Job parameter " + name + " must be an ISO-8601 UTC time such as 2026-11-01T00:00:00Z, not '"
                    + value + "'", e);
        }
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
