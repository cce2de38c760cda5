package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.RetentionParametersParser;
import com.myhomecontrol.maintenance.entity.RetentionParameters;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * First step of {@code retention}, run again on a restart: checks every job parameter, read from
 * the job operator so that a misspelt name is refused too, before anything goes.
 */
@Dependent
@Named("retentionCheck")
public class RetentionCheckBatchlet extends JobStep<RetentionParameters> {

    @Override
    void run() {
        Properties given = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        Map<String, String> parameters = given == null ? Map.of()
                : given.stringPropertyNames().stream().collect(Collectors.toMap(name -> name, given::getProperty));
        keepParameters(new RetentionParametersParser(JobEnvironment.current()).parse(parameters, Instant.now()));
    }
}
