package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.DataLocations;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Checks the job parameters of a backup and fills in the defaults: the set in
 * {@code BACKUP_DIR/<UTC time>} ({@code BACKUP_DIR} defaults to {@code $HOMECONTROL_DATA_DIR/backups}),
 * {@code BACKUP_KEEP} (7) sets kept; where the data is comes from {@link JobEnvironment#locations}. An unset job parameter
 * reaches the batchlet as null or, through the job XML's substitution, as "".
 */
public final class BackupParametersParser {

    public static final int DEFAULT_KEEP = 7;

    private static final DateTimeFormatter SET_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final JobEnvironment environment;

    public BackupParametersParser(JobEnvironment environment) {
        this.environment = environment;
    }

    public BackupParameters parse(String backupDir, String keep, String postgresUrl, DataLocations sources, Instant now) {
        Path set = isUnset(backupDir)
                ? environment.backupsDirectory().resolve(SET_NAME.format(now))
                : JobEnvironment.path("backupDir", backupDir);
        return new BackupParameters(new BackupSet(set), sources,
                keep(isUnset(keep) ? environment.setting("BACKUP_KEEP") : keep), JobEnvironment.postgresUrl(postgresUrl));
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
        throw new JobFailedException("Job parameter keep must be a whole number of at least 1, not '" + value + "'");
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
