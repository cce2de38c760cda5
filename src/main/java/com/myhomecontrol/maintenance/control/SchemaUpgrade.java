package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.platform.control.SchemaMigrations;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Optional;

import static com.myhomecontrol.platform.control.JsonProviders.JSON;

/**
 * Applies the pending migrations of both stores under the migration lock, and answers what it did
 * per store (versions before and after, migrations applied) as the job's exit status.
 */
public final class SchemaUpgrade {

    private SchemaUpgrade() {
    }

    public static JsonObject migrate(Path timeseriesStore, Optional<DataSource> media) {
        JobEnvironment.requireTimeseriesFile(timeseriesStore);
        try (MigrationLock lock = MigrationLock.acquire(timeseriesStore)) {
            JsonObjectBuilder done = JSON.createObjectBuilder()
                    .add("timeseries", migrate(JobEnvironment.timeseries(timeseriesStore), SchemaMigrations.TIMESERIES));
            media.ifPresentOrElse(database -> done.add("media", migrate(database, SchemaMigrations.MEDIA)),
                    () -> done.add("media", "skipped: no PostgreSQL configured (journal mode)"));
            return done.build();
        }
    }

    private static JsonObject migrate(DataSource database, String location) {
        try {
            MigrateResult result = SchemaMigrations.migrate(database, location);
            return JSON.createObjectBuilder()
                    .add("from", version(result.initialSchemaVersion))
                    .add("to", version(result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion))
                    .add("applied", result.migrationsExecuted)
                    .build();
        } catch (FlywayException | IllegalStateException e) {
            throw new JobFailedException("Migrating " + location + " failed: " + e.getMessage(), e);
        }
    }

    private static String version(String version) {
        return version == null ? "none" : version;
    }
}
