package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.SchemaTooNewException;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The time-series database of the server (TIMESERIES_STORE): a SQLite file, or the schema timeseries
 * of the media's PostgreSQL database. Its schema is made ready at start, on PostgreSQL with the daily
 * partitions of the days ahead, and its writer is produced here.
 */
@ApplicationScoped
public class TimeseriesDatabase {

    public static final String JNDI_NAME = "jdbc/timeseries";
    private static final List<String> RAW_TABLES = List.of("energy_timeseries", "weather_timeseries");
    /** Partitions made ahead, so that the writes of the coming days find theirs made. */
    static final Duration PARTITIONS_AHEAD = Duration.ofDays(7);
    static final Duration PREPARE_RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(TimeseriesDatabase.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PostgresDatabase postgres;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "TIMESERIES_STORE", defaultValue = "sqlite")
    String store;

    @Inject
    @ConfigProperty(name = "TIMESERIES_DB_PATH", defaultValue = "data/timeseries.db")
    String path;

    @Inject
    @ConfigProperty(name = "POSTGRES_PORT", defaultValue = "5432")
    String postgresPort;

    @Inject
    @ConfigProperty(name = "POSTGRES_DB", defaultValue = "homecontrol")
    String postgresDatabase;

    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITE_BATCH_ROWS", defaultValue = "50000")
    int maxRowsPerCommit;

    /**
     * On PostgreSQL, how many groups are committed at once; SQLite takes one writer. One by default:
     * batches that each hold all the plugs wait for each other's locks anyway, and four writers
     * ingested 11 % less than one in the PostgreSQL benchmark; more help writes of different devices.
     */
    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITER_THREADS", defaultValue = "1")
    int postgresWriterThreads;

    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITE_QUEUE", defaultValue = "1024")
    int maxQueuedWrites;

    @Inject
    @ConfigProperty(name = "TIMESERIES_WRITE_TIMEOUT_SECONDS", defaultValue = "30")
    int timeoutSeconds;

    void openAtStart(@Observes Startup startup, TimeseriesWriter writer) {
        LOG.info(() -> "Time-series store (" + kind().setting() + ") ready at " + location()
                + ", writer running: " + writer.isRunning());
    }

    public TimeseriesStoreKind kind() {
        return TimeseriesStoreKind.of(store);
    }

    /** Where the time series are, for people: the file, or the database and schema. */
    public String location() {
        return switch (kind()) {
            case SQLITE -> file().toString();
            case POSTGRESQL -> "postgresql://" + postgres.host().orElse("") + ":" + postgresPort + "/" + postgresDatabase
                    + " (schema " + SchemaMigrations.TIMESERIES_SCHEMA + ")";
        };
    }

    @Produces
    @Singleton
    TimeseriesDialect dialect() {
        return TimeseriesDialect.of(kind(), dataSource);
    }

    /**
     * Migrates first: whoever asks for the writer first, no write can reach an old schema. On
     * PostgreSQL a database that does not answer at start does not stop the server (its other servers
     * may be serving, and the media has its journal): the writes and reads answer 503, the server is
     * not ready, and the migration is tried again every {@link #PREPARE_RETRY} until it succeeds.
     */
    @Produces
    @Singleton
    TimeseriesWriter writer(TimeseriesWriter.Observer observer, TimeseriesDialect dialect) {
        // The data folder, which holds the SQLite file, and on PostgreSQL still the journal and the devices.
        DatabaseFiles.ensureParentDirectory(path);
        if (kind() == TimeseriesStoreKind.SQLITE) {
            prepare(dialect);
        } else {
            prepareOrRetry(dialect, true);
        }
        int writerThreads = kind() == TimeseriesStoreKind.SQLITE ? 1 : postgresWriterThreads;
        return new TimeseriesWriter(dataSource, threads, writerThreads, maxRowsPerCommit, maxQueuedWrites, Duration.ofSeconds(timeoutSeconds),
                clock, observer, dialect);
    }

    private void prepare(TimeseriesDialect dialect) {
        MigrateResult result = migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Time-series schema of " + location() + " at version " + version
                + " (" + result.migrationsExecuted + " migrations applied now)");
        makePartitionsAhead(dialect);
    }

    private void prepareOrRetry(TimeseriesDialect dialect, boolean first) {
        try {
            prepare(dialect);
        } catch (SchemaTooNewException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(first ? Level.WARNING : Level.FINE, "The time-series schema in " + location() + " cannot be made ready"
                    + " (tried again every " + PREPARE_RETRY.toSeconds() + " s; until then the time series answer 503)", e);
            scheduler.schedule(() -> prepareOrRetry(dialect, false), PREPARE_RETRY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Static, as the media store's: the application's context is gone at its stop. */
    static void close(@Disposes TimeseriesWriter writer) {
        writer.close();
    }

    /** The partitions of yesterday to {@link #PARTITIONS_AHEAD} from now; none on SQLite. */
    public void makePartitionsAhead(TimeseriesDialect dialect) {
        long now = clock.instant().getEpochSecond();
        try {
            for (String table : RAW_TABLES) {
                dialect.ensurePartitions(RawTableDays.between(table, now - RawTableDays.DAY_SECONDS, now + PARTITIONS_AHEAD.toSeconds()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the partitions of the coming days in " + location() + ": " + e.getMessage(), e);
        }
    }

    /** The SQLite file; on PostgreSQL, where it would be, in the data folder. */
    public Path file() {
        return Path.of(path).toAbsolutePath();
    }

    private MigrateResult migrate() {
        return switch (kind()) {
            case SQLITE -> SchemaMigrations.migrate(dataSource, SchemaMigrations.TIMESERIES);
            case POSTGRESQL -> {
                if (!postgres.configured()) {
                    throw new IllegalStateException("TIMESERIES_STORE=postgresql keeps the time series in the media's PostgreSQL"
                            + " database: set POSTGRES_HOST (and POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD)");
                }
                yield SchemaMigrations.migrate(dataSource, SchemaMigrations.TIMESERIES_POSTGRESQL, SchemaMigrations.TIMESERIES_SCHEMA);
            }
        };
    }
}
