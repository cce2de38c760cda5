package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.platform.entity.InvalidInputException;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the parameters of a start request with the job's own parser before the job starts, so
 * that the jobs API answers a bad value with 400 naming it and starts nothing; the job checks
 * them again when it starts, for the Admin Center, /ibm/api/batch and the schedules.
 */
public final class JobParameterCheck {

    private static final Pattern PARAMETER = Pattern.compile("^Job parameters? (\\w+)");

    private JobParameterCheck() {
    }

    public static void check(String job, Map<String, String> parameters) {
        JobEnvironment environment = JobEnvironment.current();
        Instant now = Instant.now();
        try {
            switch (job) {
                case "backup", "migrate" -> new BackupParametersParser(environment).parse(parameters.get("backupDir"),
                        parameters.get("keep"), parameters.get("postgresUrl"), locations(environment, parameters), now);
                case "restore" -> new RestoreParametersParser(environment).parse(parameters.get("set"), parameters.get("parts"),
                        parameters.get("mediaMode"), parameters.get("postgresUrl"), locations(environment, parameters));
                case "retention" -> new RetentionParametersParser(environment).parse(parameters, now);
                case "rollup" -> new RollupParametersParser(environment).parse(parameters.get("timeseriesDb"),
                        parameters.get("from"), parameters.get("to"), parameters.get("rebuild"), now);
                case "migrate-timeseries" -> new MigrateTimeseriesParametersParser(environment).parse(parameters.get("timeseriesDb"),
                        parameters.get("targetUrl"), parameters.get("since"));
                case "reconcile" -> new ReconcileParametersParser(environment).parse(parameters.get("dryRun"),
                        parameters.get("deleteFiles"), parameters.get("mediaRoots"), parameters.get("reportsDir"),
                        parameters.get("postgresUrl"));
                default -> throw new IllegalArgumentException("No parameter check for the job " + job);
            }
        } catch (JobFailedException e) {
            Matcher parameter = PARAMETER.matcher(e.getMessage());
            throw new InvalidInputException(parameter.find() ? parameter.group(1) : "body", e.getMessage());
        }
    }

    private static DataLocations locations(JobEnvironment environment, Map<String, String> parameters) {
        return environment.locations(parameters.get("timeseriesDb"), parameters.get("journalDir"),
                parameters.get("devicesFile"), parameters.get("netatmoTokenFile"));
    }
}
