package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.MigrateTimeseriesParametersParser;
import com.myhomecontrol.maintenance.entity.MigrateTimeseriesParameters;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import com.myhomecontrol.platform.control.SchemaMigrations;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * First step of {@code migrate-timeseries}: checks the parameters and brings the time-series schema
 * of the PostgreSQL database to this platform's version (a newer one stops the job), and keeps the
 * checked parameters for the steps after it. Run again on a restart, so they always have them.
 */
@Dependent
@Named("migrateTimeseriesCheck")
public class MigrateTimeseriesCheckBatchlet extends JobStep<MigrateTimeseriesParameters> {

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    @BatchProperty
    String targetUrl;

    @Inject
    @BatchProperty
    String since;

    @Override
    void run() {
        JobEnvironment environment = JobEnvironment.current();
        MigrateTimeseriesParameters parameters = new MigrateTimeseriesParametersParser(environment).parse(timeseriesDb, targetUrl, since);
        SchemaMigrations.migrate(environment.open(TimeseriesStoreRef.postgresql(parameters.targetUrl())),
                SchemaMigrations.TIMESERIES_POSTGRESQL, SchemaMigrations.TIMESERIES_SCHEMA);
        keepParameters(parameters);
        report("copying " + parameters.source() + " into " + parameters.targetUrl() + " (schema timeseries)");
    }
}
