package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the job parameters of a retention run; each one unset falls back to its setting, then
 * to its default. Every parameter is checked before anything is deleted, and a bad one fails the
 * run naming it (and its setting, where it came from there).
 */
public final class RetentionParametersParser {

    public static final int DEFAULT_CHUNK_ROWS = 5_000;
    private static final int MAX_CHUNK_ROWS = 100_000;
    private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1_000_000_000L);

    /** The job reads its parameters from the job operator, not through its XML. */
    public static final Set<String> NAMES = Set.of("timeseriesDb", "postgresUrl", "rawDays", "fiveMinuteDays",
            "recordingsDays", "snapshotsDays", "aiDays", "maxMediaGb", "deleteFiles", "mediaRoots", "dryRun", "vacuum", "chunkRows");

    private final JobEnvironment environment;

    public RetentionParametersParser(JobEnvironment environment) {
        this.environment = environment;
    }

    /** The job parameters by name; absent or blank ones are unset, unknown names refused. */
    public RetentionParameters parse(Map<String, String> parameters, Instant now) {
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(NAMES);
        if (!unknown.isEmpty()) {
            throw new JobFailedException("Unknown job parameters " + unknown + "; retention knows " + new TreeSet<>(NAMES));
        }
        TimeseriesStoreRef store = environment.timeseriesStore(parameters.get("timeseriesDb"));
        return new RetentionParameters(store, JobEnvironment.postgresUrl(parameters.get("postgresUrl")),
                now,
                days(parameters, "rawDays", "RETENTION_RAW_DAYS", 30),
                days(parameters, "fiveMinuteDays", "RETENTION_5M_DAYS", 365),
                days(parameters, "recordingsDays", "RETENTION_RECORDINGS_DAYS", 30),
                days(parameters, "snapshotsDays", "RETENTION_SNAPSHOTS_DAYS", 90),
                days(parameters, "aiDays", "RETENTION_AI_DAYS", 365),
                maxMediaBytes(parameters),
                bool(parameters, "deleteFiles", "RETENTION_DELETE_FILES"),
                mediaRoots(parameters),
                bool(parameters, "dryRun", null),
                bool(parameters, "vacuum", null),
                chunkRows(parameters.get("chunkRows")));
    }

    private int days(Map<String, String> parameters, String name, String setting, int fallback) {
        String value = value(parameters, name, setting);
        if (value == null) {
            return fallback;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below, with the parameter's name
        }
        throw new JobFailedException(describe(name, setting) + " must be a whole number of days of at least 1, not '" + value + "'");
    }

    private Long maxMediaBytes(Map<String, String> parameters) {
        String value = value(parameters, "maxMediaGb", "RETENTION_MAX_MEDIA_GB");
        if (value == null) {
            return null;
        }
        try {
            BigDecimal gigabytes = new BigDecimal(value);
            if (gigabytes.signum() > 0) {
                return gigabytes.multiply(BYTES_PER_GB).longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // answered below, with the parameter's name
        }
        throw new JobFailedException(describe("maxMediaGb", "RETENTION_MAX_MEDIA_GB")
                + " must be a positive number of gigabytes (10^9 bytes), not '" + value + "'");
    }

    private boolean bool(Map<String, String> parameters, String name, String setting) {
        String value = value(parameters, name, setting);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new JobFailedException(describe(name, setting) + " must be true or false, not '" + value + "'");
        };
    }

    private List<Path> mediaRoots(Map<String, String> parameters) {
        String value = value(parameters, "mediaRoots", "MEDIA_ROOTS");
        if (value == null) {
            return List.of(environment.dataDirectory().resolve("media"));
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(root -> !root.isEmpty())
                .map(root -> JobEnvironment.path("mediaRoots", root)).toList();
    }

    private static int chunkRows(String value) {
        if (unset(value)) {
            return DEFAULT_CHUNK_ROWS;
        }
        try {
            int rows = Integer.parseInt(value.strip());
            if (rows >= 1 && rows <= MAX_CHUNK_ROWS) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // answered below, with the parameter's name
        }
        throw new JobFailedException("Job parameter chunkRows must be a whole number from 1 to " + MAX_CHUNK_ROWS
                + ", not '" + value + "'");
    }

    private String value(Map<String, String> parameters, String name, String setting) {
        String parameter = parameters.get(name);
        if (!unset(parameter)) {
            return parameter.strip();
        }
        return setting == null ? null : environment.setting(setting);
    }

    private static String describe(String name, String setting) {
        return "Job parameter " + name + (setting == null ? "" : " (or the setting " + setting + ")");
    }

    private static boolean unset(String value) {
        return value == null || value.isBlank();
    }
}
