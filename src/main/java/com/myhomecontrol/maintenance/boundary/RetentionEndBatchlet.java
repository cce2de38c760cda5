package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.RetentionRun;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import com.myhomecontrol.maintenance.entity.RetentionTally;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.Comparator;

/**
 * Last step of {@code retention}: the WAL checkpoint (and VACUUM when asked), then the tally of
 * the delete step as the job's exit status. The tally is read from the job repository, so that it
 * is whole even when the delete step ended in an execution before this one.
 */
@Dependent
@Named("retentionEnd")
public class RetentionEndBatchlet extends JobStep<RetentionParameters> {

    @Override
    void run() {
        try (RetentionRun run = RetentionRun.open(parameters())) {
            run.compact();
            job.setExitStatus(run.report(tallyOfThisInstance()));
        }
    }

    private RetentionTally tallyOfThisInstance() {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(job.getExecutionId())).stream()
                .map(JobExecution::getExecutionId)
                .flatMap(execution -> operator.getStepExecutions(execution).stream())
                .filter(step -> RetentionWriter.STEP.equals(step.getStepName()))
                .filter(step -> step.getPersistentUserData() instanceof RetentionTally)
                .max(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(step -> (RetentionTally) step.getPersistentUserData())
                .orElseGet(RetentionTally::new);
    }
}
