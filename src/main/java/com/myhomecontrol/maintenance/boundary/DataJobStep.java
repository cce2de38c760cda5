package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.entity.DataLocations;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;

/**
 * A step that reads or replaces the platform's data: the job parameters that may point it
 * elsewhere than the settings say (a test, or an operator restoring to another place).
 *
 * @param <P> the checked parameters of the job
 */
abstract class DataJobStep<P> extends JobStep<P> {

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    @BatchProperty
    String journalDir;

    @Inject
    @BatchProperty
    String devicesFile;

    @Inject
    @BatchProperty
    String netatmoTokenFile;

    DataLocations locations(JobEnvironment environment) {
        return environment.locations(timeseriesDb, journalDir, devicesFile, netatmoTokenFile);
    }
}
