package com.myhomecontrol.maintenance.boundary;

import com.myhomecontrol.maintenance.control.JobEnvironment;
import com.myhomecontrol.maintenance.control.SchemaUpgrade;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Last step of {@code migrate}, after the backup: the pending migrations of both stores. */
@Dependent
@Named("migrateSchemas")
public class MigrateSchemasBatchlet extends JobStep<Void> {

    @Inject
    @BatchProperty
    String timeseriesDb;

    @Inject
    @BatchProperty
    String postgresUrl;

    @Override
    void run() {
        JobEnvironment environment = JobEnvironment.current();
        report(SchemaUpgrade.migrate(environment.timeseriesFile(timeseriesDb), environment.media(postgresUrl)).toString());
    }
}
