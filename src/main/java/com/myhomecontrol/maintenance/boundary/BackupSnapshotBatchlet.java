package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.BackupParametersParser;
import com.myhomecontrol.maintenance.control.BackupWriter;
import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.entity.BackupParameters;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;

/** First step of {@code backup}: checks the job parameters, then copies the store and writes the manifest. */
@Dependent
@Named("backupSnapshot")
public class BackupSnapshotBatchlet extends JobStep<BackupParameters> {

    @Inject
    @BatchProperty
    String backupDir;

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    @BatchProperty
    String keep;

    @Override
    void run() {
        Clock clock = Clock.systemUTC();
        BackupParameters parameters = new BackupParametersParser(JobEnvironment.current())
                .parse(backupDir, timeseriesDb, keep, clock.instant());
        keepParameters(parameters);
        new BackupWriter(clock).write(parameters.timeseriesDb(), parameters.set());
    }
}
