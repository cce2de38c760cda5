package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.BackupSet;
import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MediaMode;
import com.myhomecontrol.maintenance.entity.RestoreParameters;
import com.myhomecontrol.maintenance.entity.RestorePart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the job parameters of a restore. {@code set} is a set's folder name under BACKUP_DIR or
 * its path; {@code parts} lists what to restore (no default: a restore replaces data);
 * {@code mediaMode} is needed with the media part. The time-series store and the files are the
 * running server's, so inside the server only the media part may be restored.
 */
public final class RestoreParametersParser {

    private final JobEnvironment environment;

    public RestoreParametersParser(JobEnvironment environment) {
        this.environment = environment;
    }

    public RestoreParameters parse(String set, String parts, String mediaMode, String postgresUrl, DataLocations targets) {
        BackupSet backupSet = set(set);
        Set<RestorePart> restored = parts(parts);
        if (environment.inServer() && (restored.contains(RestorePart.TIMESERIES) || restored.contains(RestorePart.FILES))) {
            throw new JobFailedException("Job parameter parts: timeseries and files are restored only while the server is"
                    + " stopped, by the offline command (README, Backups and retention); inside the server only media");
        }
        MediaMode mode = restored.contains(RestorePart.MEDIA) ? mediaMode(mediaMode) : null;
        String url = JobEnvironment.postgresUrl(postgresUrl);
        if (mode != null && environment.media(url).isEmpty()) {
            throw new JobFailedException("Job parameter parts names media, but no PostgreSQL is configured (POSTGRES_HOST)"
                    + " nor given (job parameter postgresUrl)");
        }
        return new RestoreParameters(backupSet, restored, mode, targets, url);
    }

    private BackupSet set(String value) {
        if (isUnset(value)) {
            throw new JobFailedException("Job parameter set is required: the folder name of a set under BACKUP_DIR, or its path");
        }
        Path named = Path.of(value.strip());
        Path folder = named.getNameCount() == 1 && !named.isAbsolute()
                ? environment.backupsDirectory().resolve(named)
                : JobEnvironment.path("set", value);
        if (!Files.isDirectory(folder)) {
            throw new JobFailedException("Job parameter set names no folder: " + folder);
        }
        return new BackupSet(folder);
    }

    private static Set<RestorePart> parts(String value) {
        if (isUnset(value)) {
            throw new JobFailedException("Job parameter parts is required: one or more of timeseries, media, files, comma-separated");
        }
        Set<RestorePart> parts = EnumSet.noneOf(RestorePart.class);
        for (String part : value.split(",")) {
            parts.add(Arrays.stream(RestorePart.values()).filter(known -> known.label().equals(part.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new JobFailedException("Job parameter parts: unknown part '" + part.strip()
                            + "'; the parts are timeseries, media, files")));
        }
        return parts;
    }

    private static MediaMode mediaMode(String value) {
        if (isUnset(value)) {
            throw new JobFailedException("Job parameter mediaMode is required with the media part: empty or replace");
        }
        return Arrays.stream(MediaMode.values()).filter(mode -> mode.label().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new JobFailedException("Job parameter mediaMode must be empty or replace, not '"
                        + value + "'"));
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
