package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.TimeseriesVerification;
import com.myhomecontrol.maintenance.entity.CopyTally;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.MigrateTimeseriesParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/**
 * Last step of {@code migrate-timeseries}: compares the copy with SQLite series by series, over the
 * readings stored before the job first started, and reports what was copied. A series that differs
 * fails the job, naming it: start the job again (its upserts change only what differs).
 */
@Dependent
@Named("migrateTimeseriesVerify")
public class MigrateTimeseriesVerifyBatchlet extends JobStep<MigrateTimeseriesParameters> {

    @Override
    void run() {
        JobEnvironment environment = JobEnvironment.current();
        MigrateTimeseriesParameters parameters = parameters();
        var outcome = new TimeseriesVerification(JobEnvironment.timeseries(parameters.source()),
                environment.open(TimeseriesStoreRef.postgresql(parameters.targetUrl()))).compare(firstStart(), parameters.since());
        report("copied " + copied().rows());
        if (!outcome.differences().isEmpty()) {
            throw new JobFailedException("verified " + outcome.series() + " series, " + outcome.differences().size()
                    + " differ (start the job again): " + String.join("; ", outcome.differences()));
        }
        report("verified " + outcome.series() + " series: counts and sums equal");
    }

    /** When the job's first execution began, in epoch seconds: the readings before it must all be in the copy. */
    private long firstStart() {
        return executions().stream().map(execution -> execution.getCreateTime().toInstant().getEpochSecond())
                .min(Long::compare).orElseThrow();
    }

    /** What the copy step counted, carried across restarts into its newest execution. */
    private CopyTally copied() {
        var operator = BatchRuntime.getJobOperator();
        return executions().stream()
                .flatMap(execution -> operator.getStepExecutions(execution.getExecutionId()).stream())
                .filter(step -> step.getStepName().equals("copy"))
                .map(StepExecution::getPersistentUserData)
                .filter(CopyTally.class::isInstance).map(CopyTally.class::cast)
                .reduce((first, second) -> second).orElseGet(CopyTally::new);
    }

    /** Every execution of this job instance: the first start and its restarts. */
    private List<JobExecution> executions() {
        var operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId()));
    }
}
