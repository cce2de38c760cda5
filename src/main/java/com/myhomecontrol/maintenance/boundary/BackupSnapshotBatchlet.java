package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupParametersParser;
import com.myhomecontrol.maintenance.control.BackupWriter;
import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.JobProgress;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import com.myhomecontrol.maintenance.entity.BackupPart;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/** First step of {@code backup}: checks the job parameters, then copies each part and writes the manifest. */
@Dependent
@Named("backupSnapshot")
public class BackupSnapshotBatchlet extends DataJobStep<BackupParameters> {

    @Inject
    @BatchProperty
    String backupDir;

    @Inject
    @BatchProperty
    String postgresUrl;

    @Inject
    @BatchProperty
    String keep;

    @Override
    void run() {
        Clock clock = Clock.systemUTC();
        JobEnvironment environment = JobEnvironment.current();
        BackupParameters parameters = new BackupParametersParser(environment).parse(backupDir, keep, postgresUrl,
                locations(environment), clock.instant());
        keepParameters(parameters);
        long execution = job.getExecutionId();
        new BackupWriter(clock, done -> JobProgress.report(execution, "snapshot", done, BackupPart.values().length))
                .write(parameters.sources(), environment.media(parameters.postgresUrl()), parameters.set());
    }
}
