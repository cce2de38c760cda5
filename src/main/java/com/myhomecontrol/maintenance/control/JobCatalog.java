package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The maintenance jobs of batch-jobs/, and when the scheduled ones run unless configured otherwise. */
public final class JobCatalog {

    public static final List<JobDefinition> JOBS = List.of(
            JobDefinition.scheduled("backup", "BACKUP_SCHEDULE", "0 3 * * *"),
            JobDefinition.scheduled("retention", "RETENTION_SCHEDULE", "30 2 * * *")
                    .takingParameters(RetentionParametersParser.NAMES),
            JobDefinition.scheduled("rollup", "ROLLUP_SCHEDULE", "*/5 * * * *"),
            JobDefinition.scheduled("reconcile", "RECONCILE_SCHEDULE", "0 4 * * 0").withPostgresOnly(),
            JobDefinition.onDemand("restore"),
            JobDefinition.onDemand("migrate"),
            JobDefinition.onDemand("migrate-timeseries"));

    private JobCatalog() {
    }

    public static Optional<JobDefinition> find(String name) {
        return JOBS.stream().filter(job -> job.name().equals(name)).findFirst();
    }

    /** The job parameters the job takes, in name order. */
    public static Set<String> parameterNames(JobDefinition job) {
        return new TreeSet<>(job.parameterNames().orElseGet(() -> JobXml.parameterNames(job.name())));
    }
}
