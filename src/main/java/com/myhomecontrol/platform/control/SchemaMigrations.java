package com.myhomecontrol.platform.control;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Brings a database's schema to the newest version of its Flyway scripts. On Liberty's class
 * loaders Flyway finds a location only through its marker file flyway.location (db/callback has
 * one too, or Flyway logs an error for its default callback location).
 */
public final class SchemaMigrations {

    public static final String TIMESERIES = "classpath:db/timeseries";
    public static final String MEDIA = "classpath:db/media";

    private SchemaMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, String location) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
