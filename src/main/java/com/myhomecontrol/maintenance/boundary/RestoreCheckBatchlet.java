package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupVerifier;
import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.RestoreCheck;
import com.myhomecontrol.maintenance.control.RestoreParametersParser;
import com.myhomecontrol.maintenance.entity.Manifest;
import com.myhomecontrol.maintenance.entity.RestoreParameters;
import com.myhomecontrol.maintenance.entity.RestorePlan;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step of {@code restore}: checks the parameters, verifies the set and what each part needs, changing nothing. */
@Dependent
@Named("restoreCheck")
public class RestoreCheckBatchlet extends DataJobStep<RestorePlan> {

    @Inject
    @BatchProperty
    String set;

    @Inject
    @BatchProperty
    String parts;

    @Inject
    @BatchProperty
    String mediaMode;

    @Inject
    @BatchProperty
    String postgresUrl;

    @Override
    void run() {
        JobEnvironment environment = JobEnvironment.current();
        RestoreParameters parameters = new RestoreParametersParser(environment).parse(set, parts, mediaMode, postgresUrl,
                locations(environment));
        Manifest manifest = BackupVerifier.verify(parameters.set());
        RestoreCheck.check(parameters, manifest, environment);
        keepParameters(new RestorePlan(parameters, manifest));
    }
}
