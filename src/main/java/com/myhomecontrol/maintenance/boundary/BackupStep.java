package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.entity.BackupFailedException;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/**
 * A step of the backup job. A failure becomes the job's exit status, so that whoever asks for the
 * job's result reads why it failed, not only FAILED.
 */
abstract class BackupStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Override
    public String process() {
        try {
            run();
            return BatchStatus.COMPLETED.name();
        } catch (BackupFailedException e) {
            job.setExitStatus(e.getMessage());
            throw e;
        }
    }

    abstract void run();

    /** Set by the first step, which checks the job parameters. */
    BackupParameters parameters() {
        return (BackupParameters) job.getTransientUserData();
    }
}
