package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/**
 * A batchlet step of a maintenance job. A failure becomes the job's exit status, so that whoever
 * asks for the job's result reads why it failed, not only FAILED.
 *
 * @param <P> the checked parameters of the job, set by its first step for the steps after it
 */
abstract class JobStep<P> extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Override
    public String process() {
        try {
            run();
            return BatchStatus.COMPLETED.name();
        } catch (JobFailedException e) {
            job.setExitStatus(e.getMessage());
            throw e;
        }
    }

    abstract void run();

    /** Adds what the step did to the job's exit status, for whoever asks for the job's result. */
    void report(String outcome) {
        String before = job.getExitStatus();
        job.setExitStatus(before == null || before.isEmpty() ? outcome : before + "; " + outcome);
    }

    void keepParameters(P parameters) {
        job.setTransientUserData(parameters);
    }

    @SuppressWarnings("unchecked")
    P parameters() {
        return (P) job.getTransientUserData();
    }
}
