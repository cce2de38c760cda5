package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobRun;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The runs of the jobs as the batch runtime's job repository keeps them. */
public final class JobRuns {

    private static final Set<String> RUNNING = Set.of(BatchStatus.STARTING.name(), BatchStatus.STARTED.name(),
            BatchStatus.STOPPING.name());

    private JobRuns() {
    }

    /** The newest execution of the job's newest instance; empty if it never ran (since the repository began). */
    public static Optional<JobRun> latest(String job) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!operator.getJobNames().contains(job)) {
            return Optional.empty();
        }
        try {
            return operator.getJobInstances(job, 0, 1).stream().findFirst()
                    .flatMap(instance -> newestExecution(operator, instance))
                    .map(JobRuns::run);
        } catch (NoSuchJobException e) {
            // purged between the two questions
            return Optional.empty();
        }
    }

    /** Whether the job's newest run has not ended yet. */
    public static boolean running(String job) {
        return latest(job).filter(run -> RUNNING.contains(run.status())).isPresent();
    }

    public static JobRun of(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return run(operator.getJobExecution(executionId));
    }

    private static Optional<JobExecution> newestExecution(JobOperator operator, JobInstance instance) {
        return operator.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private static JobRun run(JobExecution execution) {
        Map<String, String> parameters = new TreeMap<>();
        Optional.ofNullable(execution.getJobParameters())
                .ifPresent(properties -> properties.stringPropertyNames()
                        .forEach(name -> parameters.put(name, properties.getProperty(name))));
        long instanceId = BatchRuntime.getJobOperator().getJobInstance(execution.getExecutionId()).getInstanceId();
        return new JobRun(execution.getExecutionId(), instanceId, execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                parameters, JobProgress.of(execution.getExecutionId()).orElse(null));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
