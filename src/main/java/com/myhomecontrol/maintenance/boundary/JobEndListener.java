package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Listed by every job: once a job ends, the job repository describes it and its progress is dropped. */
@Dependent
@Named("jobEnd")
public class JobEndListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Override
    public void afterJob() {
        JobProgress.ended(job.getExecutionId());
    }
}
