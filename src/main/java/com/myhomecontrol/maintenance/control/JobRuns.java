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
        return latest(job, ranJobs());
    }

    /** The names of the jobs the repository knows, asked once for a listing of several jobs. */
    public static Set<String> ranJobs() {
        return BatchRuntime.getJobOperator().getJobNames();
    }

    /** As {@link #latest(String)}, with the names {@link #ranJobs()} answered. */
    public static Optional<JobRun> latest(String job, Set<String> ranJobs) {
        if (!ranJobs.contains(job)) {
            return Optional.empty();
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.getJobInstances(job, 0, 1).stream().findFirst()
                    .flatMap(instance -> newestExecution(operator, instance)
                            .map(execution -> run(execution, instance.getInstanceId())));
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
        return run(operator.getJobExecution(executionId), operator.getJobInstance(executionId).getInstanceId());
    }

    private static Optional<JobExecution> newestExecution(JobOperator operator, JobInstance instance) {
        return operator.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private static JobRun run(JobExecution execution, long instanceId) {
        Map<String, String> parameters = new TreeMap<>();
        Optional.ofNullable(execution.getJobParameters())
                .ifPresent(properties -> properties.stringPropertyNames()
                        .forEach(name -> parameters.put(name, properties.getProperty(name))));
        return new JobRun(execution.getExecutionId(), instanceId, execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                parameters, JobProgress.of(execution.getExecutionId()).orElse(null));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
