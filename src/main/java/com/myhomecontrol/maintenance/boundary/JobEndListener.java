package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.entity.JobEnded;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * Listed by every job: once a job ends, the job repository describes it and its progress is
 * dropped, and its end is announced (the metrics count it). A listener lives for one run.
 */
@Dependent
@Named("jobEnd")
public class JobEndListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    Event<JobEnded> ended;

    private long began;

    @Override
    public void beforeJob() {
        began = System.nanoTime();
    }

    @Override
    public void afterJob() {
        JobProgress.ended(job.getExecutionId());
        ended.fire(new JobEnded(job.getJobName(), outcome(job.getBatchStatus()), Duration.ofNanos(System.nanoTime() - began)));
    }

    /** While the listener runs, a job that did not fail or stop still shows as started. */
    private static String outcome(BatchStatus status) {
        return switch (status) {
            case FAILED -> "failed";
            case STOPPING, STOPPED -> "stopped";
            default -> "completed";
        };
    }
}
