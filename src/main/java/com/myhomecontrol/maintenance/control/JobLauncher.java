package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobDefinition;
import com.myhomecontrol.platform.entity.FieldError;
import com.myhomecontrol.platform.entity.InvalidInputException;
import jakarta.batch.runtime.BatchRuntime;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Starts a job of the catalog through the batch runtime, as the Admin Center and /ibm/api/batch
 * do, so that every run is in the one job repository. Parameters the job does not know, and bad
 * values, are refused before anything starts.
 */
public final class JobLauncher {

    private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

    private JobLauncher() {
    }

    public static long start(String job, Map<String, String> parameters, String startedBy) {
        JobDefinition definition = JobCatalog.find(job).orElseThrow(() -> new InvalidInputException("job",
                "is not a job; the jobs are " + JobCatalog.JOBS.stream().map(JobDefinition::name).toList()));
        Set<String> known = JobCatalog.parameterNames(definition);
        List<FieldError> unknown = parameters.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .map(name -> new FieldError(name, "is not a parameter of the job " + job + "; it takes " + known))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        JobParameterCheck.check(definition.name(), parameters);
        return started(definition.name(), parameters, startedBy);
    }

    /**
     * Starts a job with its defaults, unchecked: settings that make a bad default fail the run at
     * once, which the job repository then shows with the reason, where a refusal here would only
     * reach the log.
     */
    public static long startScheduled(String job) {
        return started(job, Map.of(), "its schedule");
    }

    private static long started(String job, Map<String, String> parameters, String startedBy) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        long executionId = BatchRuntime.getJobOperator().start(job, properties);
        LOG.info(() -> "Job " + job + " started by " + startedBy + " as execution " + executionId + " " + parameters.keySet());
        return executionId;
    }
}
