package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupFailedException;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import com.myhomecontrol.maintenance.entity.BackupSet;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;

/**
 * Checks the job parameters of a backup and fills in the defaults: the set in
 * {@code $HOMECONTROL_DATA_DIR/backups/<UTC time>}, the store at {@code TIMESERIES_DB_PATH}, 7 sets kept.
 * An unset job parameter reaches the batchlet as null or, through the job XML's substitution, as "".
 */
public final class BackupParametersParser {

    public static final int DEFAULT_KEEP = 7;

    private static final DateTimeFormatter SET_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final UnaryOperator<String> environment;

    public BackupParametersParser(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    public BackupParameters parse(String backupDir, String timeseriesDb, String keep, Instant now) {
        Path dataDirectory = path("HOMECONTROL_DATA_DIR", orDefault(environment.apply("HOMECONTROL_DATA_DIR"), "data"));
        Path set = isUnset(backupDir)
                ? dataDirectory.resolve("backups").resolve(SET_NAME.format(now))
                : path("backupDir", backupDir);
        Path store = isUnset(timeseriesDb)
                ? path("TIMESERIES_DB_PATH", orDefault(environment.apply("TIMESERIES_DB_PATH"),
                        dataDirectory.resolve("timeseries.db").toString()))
                : path("timeseriesDb", timeseriesDb);
        return new BackupParameters(new BackupSet(set.toAbsolutePath()), store.toAbsolutePath(), keep(keep));
    }

    private static int keep(String value) {
        if (isUnset(value)) {
            return DEFAULT_KEEP;
        }
        try {
            int keep = Integer.parseInt(value.strip());
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // answered below, with the parameter's name
        }
        throw new BackupFailedException("Job parameter keep must be a whole number of at least 1, not '" + value + "'");
    }

    private static Path path(String name, String value) {
        try {
            return Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw new BackupFailedException("Job parameter " + name + " is not a path: '" + value + "'", e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return isUnset(value) ? fallback : value;
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
