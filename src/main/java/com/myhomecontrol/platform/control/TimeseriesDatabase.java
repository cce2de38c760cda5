package com.myhomecontrol.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The SQLite time-series database of the server: its folder and schema are made ready at start,
 * and its single writer is produced here.
 */
@ApplicationScoped
public class TimeseriesDatabase {

    public static final String JNDI_NAME = "jdbc/timeseries";

    private static final Logger LOG = Logger.getLogger(TimeseriesDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "TIMESERIES_DB_PATH", defaultValue = "data/timeseries.db")
    String path;

    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITE_BATCH_ROWS", defaultValue = "50000")
    int maxRowsPerCommit;

    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITE_QUEUE", defaultValue = "1024")
    int maxQueuedWrites;

    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITE_TIMEOUT_SECONDS", defaultValue = "30")
    int timeoutSeconds;

    void openAtStart(@Observes Startup startup, TimeseriesWriter writer) {
        LOG.info(() -> "Time-series store ready at " + Path.of(path).toAbsolutePath()
                + ", writer running: " + writer.isRunning());
    }

    /** Migrates first: whoever asks for the writer first, no write can reach an old schema. */
    @Produces
    @Singleton
    TimeseriesWriter writer(Clock clock, TimeseriesWriter.Observer observer) {
        Path file = DatabaseFiles.ensureParentDirectory(path);
        var result = SchemaMigrations.migrate(dataSource, SchemaMigrations.TIMESERIES);
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Time-series schema of " + file + " at version " + version
                + " (" + result.migrationsExecuted + " migrations applied now)");
        return new TimeseriesWriter(dataSource, threads, maxRowsPerCommit, maxQueuedWrites, Duration.ofSeconds(timeoutSeconds), clock, observer);
    }

    void close(@Disposes TimeseriesWriter writer) {
        writer.close();
    }

    public Path file() {
        return Path.of(path).toAbsolutePath();
    }
}
