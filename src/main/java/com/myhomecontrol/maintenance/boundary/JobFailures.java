package com.myhomecontrol.maintenance.boundary;

import jakarta.batch.runtime.context.JobContext;

import java.util.function.Supplier;

/** For chunk steps, what {@link JobStep} does for batchlets: a failure's reason becomes the job's exit status. */
final class JobFailures {

    private JobFailures() {
    }

    static <T> T reported(JobContext job, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            job.setExitStatus(e.getMessage());
            throw e;
        }
    }
}
