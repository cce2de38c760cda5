package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.MigrationLock;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** First step of {@code backup}: refuses it while a migration changes the schemas. */
@Dependent
@Named("migrationGuard")
public class MigrationGuardBatchlet extends JobStep<Void> {

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Override
    void run() {
        MigrationLock.refuseWhileHeld(JobEnvironment.current().timeseriesFile(timeseriesDb), "A backup");
    }
}
