package com.myhomecontrol.maintenance.entity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The checked parameters of a reconcile run. {@code excluded} are the platform's own folders that
 * may lie inside a media root (the journal, the reports) and are never taken for media.
 * {@code postgresUrl} is null unless a job parameter names the database.
 */
public record ReconcileParameters(List<Path> mediaRoots, List<Path> excluded, Path reportsDirectory, String postgresUrl,
                                  boolean dryRun, boolean deleteFiles) {

    /**
     * A row accepted or a file changed less than this long ago is never an orphan: a camera may
     * still be writing the file of a recording it has announced, or announce one it has written.
     */
    public static final Duration GRACE = Duration.ofHours(1);

    public ReconcileParameters {
        mediaRoots = List.copyOf(mediaRoots);
        excluded = List.copyOf(excluded);
    }

    /** Where a run keeps what its steps found until its report is written; named by the job instance, so a restart finds it. */
    public Path workDirectory(long jobInstanceId) {
        return reportsDirectory.resolve("reconcile-" + jobInstanceId + ".work");
    }
}
