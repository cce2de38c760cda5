package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.ReconcileParameters;
import com.myhomecontrol.media.control.MediaRoots;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks the job parameters of a reconcile and fills in the defaults: a dry run, files kept, the
 * roots of MEDIA_ROOTS ({@code $HOMECONTROL_DATA_DIR/media}), the report in
 * {@code $HOMECONTROL_DATA_DIR/reports}. The journal folder (MEDIA_JOURNAL_DIR) and the reports
 * folder are left out of the media. A root that holds the data directory is refused: the
 * platform's own files (the time-series store, backups) would count as media without rows.
 */
public final class ReconcileParametersParser {

    private final JobEnvironment environment;

    public ReconcileParametersParser(JobEnvironment environment) {
        this.environment = environment;
    }

    public ReconcileParameters parse(String dryRun, String deleteFiles, String mediaRoots, String reportsDir,
                                     String postgresUrl) {
        Path data = environment.dataDirectory().normalize();
        List<Path> roots = roots(isUnset(mediaRoots)
                ? environment.setting("MEDIA_ROOTS", data.resolve("media").toString()) : mediaRoots);
        for (Path root : roots) {
            if (data.startsWith(root)) {
                throw new JobFailedException("Job parameter mediaRoots (MEDIA_ROOTS) must not hold the data directory " + data
                        + ", but " + root + " does: its own files would count as media");
            }
        }
        Path reports = (isUnset(reportsDir) ? data.resolve("reports") : JobEnvironment.path("reportsDir", reportsDir)).normalize();
        Path journal = JobEnvironment.path("MEDIA_JOURNAL_DIR",
                environment.setting("MEDIA_JOURNAL_DIR", data.resolve("media").resolve("journal").toString())).normalize();
        return new ReconcileParameters(roots, List.of(journal, reports), reports,
                JobEnvironment.postgresUrl(postgresUrl),
                flag("dryRun", dryRun, true), flag("deleteFiles", deleteFiles, false));
    }

    private static List<Path> roots(String commaSeparated) {
        for (String root : commaSeparated.split(",")) {
            if (!root.isBlank()) {
                JobEnvironment.path("mediaRoots", root);
            }
        }
        List<Path> roots = MediaRoots.parse(commaSeparated).roots();
        if (roots.isEmpty()) {
            throw new JobFailedException("Job parameter mediaRoots (MEDIA_ROOTS) names no folder: '" + commaSeparated + "'");
        }
        return roots;
    }

    private static boolean flag(String name, String value, boolean fallback) {
        if (isUnset(value)) {
            return fallback;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (Arrays.asList("true", "false").contains(text)) {
            return Boolean.parseBoolean(text);
        }
        throw new JobFailedException("Job parameter " + name + " must be true or false, not '" + value + "'");
    }

    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
