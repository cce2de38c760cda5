package com.myhomecontrol.maintenance;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import org.jberet.runtime.JobExecutionImpl;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Runs a job of batch-jobs/ under JBeret SE and waits for its end. */
public final class BatchJobs {

    private static final long TIMEOUT_SECONDS = 60;

    private BatchJobs() {
    }

    public static JobExecution run(String job, Properties parameters) {
        return awaitEnd(job, BatchRuntime.getJobOperator().start(job, parameters));
    }

    /** Restarts a failed or stopped execution with these parameters and waits for the new execution's end. */
    public static JobExecution restart(JobExecution failed, Properties parameters) {
        return awaitEnd(failed.getJobName(), BatchRuntime.getJobOperator().restart(failed.getExecutionId(), parameters));
    }

    private static JobExecution awaitEnd(String job, long id) {
        var operator = BatchRuntime.getJobOperator();
        JobExecutionImpl execution = (JobExecutionImpl) operator.getJobExecution(id);
        try {
            execution.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for job " + job, e);
        }
        if (execution.getEndTime() == null) {
            throw new AssertionError("Job " + job + " still " + execution.getBatchStatus() + " after " + TIMEOUT_SECONDS + " s");
        }
        return execution;
    }

    public static Properties parameters(String... namesAndValues) {
        Properties parameters = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
