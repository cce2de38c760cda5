package com.myhomecontrol.platform.control;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Brings the time-series schema to the newest version of the scripts in db/timeseries. On
 * Liberty's class loaders Flyway finds a location only through its marker file flyway.location
 * (db/callback has one too, or Flyway logs an error for its default callback location).
 */
public final class TimeseriesMigration {

    public static final String LOCATION = "classpath:db/timeseries";

    private TimeseriesMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(TimeseriesMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
