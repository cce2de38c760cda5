package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.Progress;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The progress of the running jobs, by job execution id, for the jobs API; each tenth of the way
 * is also logged, which Liberty keeps in the job's log for the Admin Center. In memory on purpose:
 * it only describes executions that run in this JVM now; finished ones are described by the job
 * repository.
 */
public final class JobProgress {

    private static final Logger LOG = Logger.getLogger(JobProgress.class.getName());
    private static final Map<Long, Progress> RUNNING = new ConcurrentHashMap<>();

    private JobProgress() {
    }

    public static void report(long executionId, String step, long done, long planned) {
        Progress previous = RUNNING.put(executionId, new Progress(step, done, planned));
        if (planned > 0 && (previous == null || tenths(previous) != tenths(done, planned))) {
            LOG.info(() -> step + ": " + done + " of " + planned);
        }
    }

    public static Optional<Progress> of(long executionId) {
        return Optional.ofNullable(RUNNING.get(executionId));
    }

    public static void ended(long executionId) {
        RUNNING.remove(executionId);
    }

    private static long tenths(Progress progress) {
        return progress.planned() > 0 ? tenths(progress.done(), progress.planned()) : -1;
    }

    private static long tenths(long done, long planned) {
        return Math.min(10, done * 10 / planned);
    }
}
