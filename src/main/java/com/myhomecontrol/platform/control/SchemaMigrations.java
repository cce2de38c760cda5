package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.SchemaTooNewException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Brings a database's schema to the newest version of its Flyway scripts. On Liberty's class
 * loaders Flyway finds a location only through its marker file flyway.location (db/callback has
 * one too, or Flyway logs an error for its default callback location).
 */
public final class SchemaMigrations {

    public static final String TIMESERIES = "classpath:db/timeseries";
    public static final String MEDIA = "classpath:db/media";
    /** The time series on PostgreSQL: the same versions as {@link #TIMESERIES}, in a schema of their own. */
    public static final String TIMESERIES_POSTGRESQL = "classpath:db/timeseries-postgresql";
    public static final String TIMESERIES_SCHEMA = "timeseries";

    private SchemaMigrations() {
    }

    /**
     * Refuses a database a newer platform has migrated: Flyway would ignore its "future" versions
     * and this code would then read and write tables it does not know.
     */
    public static MigrateResult migrate(DataSource dataSource, String location) {
        return migrate(flyway(dataSource, location).load(), location);
    }

    /** As {@link #migrate(DataSource, String)}, into {@code schema} (created if missing), which also keeps Flyway's history. */
    public static MigrateResult migrate(DataSource dataSource, String location, String schema) {
        return migrate(flyway(dataSource, location).schemas(schema).createSchemas(true).load(), location);
    }

    private static MigrateResult migrate(Flyway flyway, String location) {
        refuseNewerSchema(flyway, location);
        return flyway.migrate();
    }

    /** The migrations of {@code location} not yet applied to the database, oldest first. */
    public static MigrationInfo[] pending(DataSource dataSource, String location) {
        return flyway(dataSource, location).load().info().pending();
    }

    private static FluentConfiguration flyway(DataSource dataSource, String location) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true);
    }

    private static void refuseNewerSchema(Flyway flyway, String location) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationVersion> future = newest(all, SchemaMigrations::isFuture);
        if (future.isPresent()) {
            throw new SchemaTooNewException(location, future.get().getVersion(),
                    newest(all, MigrationState::isResolved).map(MigrationVersion::getVersion).orElse("none"));
        }
    }

    private static Optional<MigrationVersion> newest(MigrationInfo[] migrations, Predicate<MigrationState> state) {
        return Arrays.stream(migrations)
                .filter(MigrationInfo::isVersioned)
                .filter(migration -> state.test(migration.getState()))
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }
}
