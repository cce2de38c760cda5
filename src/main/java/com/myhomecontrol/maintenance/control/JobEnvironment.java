package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.devices.control.HomeNetatmo;
import com.myhomecontrol.maintenance.entity.DataLocations;
import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.TimeseriesStoreRef;
import com.myhomecontrol.platform.control.SchemaMigrations;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a job finds the platform's settings and stores. Inside the server: MicroProfile Config
 * (server.xml variables and the environment); in plain Java SE (the tests and the offline
 * restore), which has none: the environment. Job parameters given win over both, so a test or an
 * operator can point a job elsewhere. Jobs open connections of their own to both stores, also
 * inside the server: a job's long COPY or restore transaction then never holds one of the
 * server's pooled connections, nor hands one back in a state its next user trips over (a pooled
 * connection left so made the persistent timers fail: "Cannot change transaction isolation level
 * in the middle of a transaction").
 */
public final class JobEnvironment {

    /** SQLite waits this long for the single writer's lock instead of failing at once. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final String JDBC_POSTGRESQL = "jdbc:postgresql:";

    private final UnaryOperator<String> settings;
    private final boolean inServer;

    JobEnvironment(UnaryOperator<String> settings, boolean inServer) {
        this.settings = settings;
        this.inServer = inServer;
    }

    public static JobEnvironment current() {
        Optional<Config> config = serverConfig();
        return config.map(c -> new JobEnvironment(name -> c.getOptionalValue(name, String.class).orElse(null), true))
                .orElseGet(() -> new JobEnvironment(System::getenv, false));
    }

    /** For tests: these settings, outside the server. */
    public static JobEnvironment of(UnaryOperator<String> settings) {
        return new JobEnvironment(settings, false);
    }

    /** The setting, or null when it is unset or blank. */
    public String setting(String name) {
        String value = settings.apply(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String setting(String name, String fallback) {
        String value = setting(name);
        return value == null ? fallback : value;
    }

    public Path dataDirectory() {
        return path("HOMECONTROL_DATA_DIR", setting("HOMECONTROL_DATA_DIR", "data"));
    }

    public Path timeseriesFile() {
        return path("TIMESERIES_DB_PATH",
                setting("TIMESERIES_DB_PATH", dataDirectory().resolve("timeseries.db").toString()));
    }

    /** The folder of the backup sets: BACKUP_DIR, by default $HOMECONTROL_DATA_DIR/backups. */
    public Path backupsDirectory() {
        return path("BACKUP_DIR", setting("BACKUP_DIR", dataDirectory().resolve("backups").toString()));
    }

    /** Inside the server: the time-series store and the files are the running server's, which only an offline job may replace. */
    public boolean inServer() {
        return inServer;
    }

    /**
     * Where the data is: each job parameter given (by the name in front of it), else the
     * platform's setting, else the platform's default under the data folder.
     */
    public DataLocations locations(String timeseriesDb, String journalDir, String devicesFile, String netatmoTokenFile) {
        return new DataLocations(
                timeseriesFile(timeseriesDb),
                given("journalDir", journalDir).orElseGet(() -> path("MEDIA_JOURNAL_DIR",
                        setting("MEDIA_JOURNAL_DIR", dataDirectory().resolve("media").resolve("journal").toString()))),
                given("devicesFile", devicesFile).orElseGet(() -> path("DEVICES_FILE",
                        setting("DEVICES_FILE", dataDirectory().resolve("devices.json").toString()))),
                given("netatmoTokenFile", netatmoTokenFile).orElseGet(() -> path("NETATMO_TOKEN_FILE",
                        setting("NETATMO_TOKEN_FILE", dataDirectory().resolve(HomeNetatmo.TOKEN_FILE).toString()))));
    }

    private static Optional<Path> given(String parameter, String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(path(parameter, value));
    }

    /**
     * The SQLite store the job parameter {@code timeseriesDb} names, else the configured one. With
     * the time series on PostgreSQL there is none to take by default: a job that works on SQLite only
     * fails rather than work on a file the platform no longer uses.
     */
    public Path timeseriesFile(String timeseriesDbParameter) {
        Optional<Path> given = given("timeseriesDb", timeseriesDbParameter);
        if (given.isEmpty() && kindSetting() == TimeseriesStoreKind.POSTGRESQL) {
            throw new JobFailedException("The time series are in PostgreSQL (TIMESERIES_STORE=postgresql), and this job works on a"
                    + " SQLite store only so far: give the job parameter timeseriesDb to run it on a SQLite file");
        }
        return given.orElseGet(this::timeseriesFile);
    }

    /** As {@link #timeseriesFile(String)}, for a job that works on the store: it must exist. */
    public Path existingTimeseriesFile(String timeseriesDbParameter) {
        return requireTimeseriesFile(timeseriesFile(timeseriesDbParameter));
    }

    /**
     * The store a job that works on the time series opens: the job parameter {@code timeseriesDb}, a
     * SQLite file (which must exist) or a jdbc:postgresql: URL; else the platform's, by
     * TIMESERIES_STORE: PostgreSQL of the POSTGRES_ settings, or the file TIMESERIES_DB_PATH.
     */
    public TimeseriesStoreRef timeseriesStore(String timeseriesDbParameter) {
        if (timeseriesDbParameter != null && timeseriesDbParameter.strip().startsWith(JDBC_POSTGRESQL)) {
            return TimeseriesStoreRef.postgresql(timeseriesDbParameter.strip());
        }
        boolean given = timeseriesDbParameter != null && !timeseriesDbParameter.isBlank();
        if (!given && kindSetting() == TimeseriesStoreKind.POSTGRESQL) {
            return TimeseriesStoreRef.postgresql(postgresUrlOfSettings().orElseThrow(() -> new JobFailedException(
                    "TIMESERIES_STORE=postgresql needs POSTGRES_HOST, the database of the time series")));
        }
        return TimeseriesStoreRef.sqlite(existingTimeseriesFile(timeseriesDbParameter));
    }

    /**
     * The time series on PostgreSQL: the jdbc:postgresql: URL a job parameter gives, else the
     * database of the POSTGRES_ settings, whatever TIMESERIES_STORE says (for the job that moves the
     * time series there).
     */
    public TimeseriesStoreRef timeseriesOnPostgresql(String jdbcUrlParameter, String parameterName) {
        String url = postgresUrl(jdbcUrlParameter, parameterName);
        if (url != null) {
            return TimeseriesStoreRef.postgresql(url);
        }
        return TimeseriesStoreRef.postgresql(postgresUrlOfSettings().orElseThrow(() -> new JobFailedException(
                "Job parameter " + parameterName + " or the setting POSTGRES_HOST must name the PostgreSQL database")));
    }

    /** Connections of a job's own to the store. */
    public DataSource open(TimeseriesStoreRef store) {
        if (!store.onPostgresql()) {
            return timeseries(store.file());
        }
        PGSimpleDataSource dataSource = postgres(store.postgresUrl());
        dataSource.setCurrentSchema(SchemaMigrations.TIMESERIES_SCHEMA);
        return dataSource;
    }

    private TimeseriesStoreKind kindSetting() {
        try {
            return TimeseriesStoreKind.of(setting("TIMESERIES_STORE", TimeseriesStoreKind.SQLITE.setting()));
        } catch (IllegalArgumentException e) {
            throw new JobFailedException(e.getMessage(), e);
        }
    }

    public static Path requireTimeseriesFile(Path store) {
        if (!Files.isRegularFile(store)) {
            throw new JobFailedException("Job parameter timeseriesDb names no time-series store: " + store);
        }
        return store;
    }

    /** A parameter or setting that names a file or folder, made absolute. */
    public static Path path(String name, String value) {
        try {
            return Path.of(value.strip()).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new JobFailedException("Job parameter " + name + " is not a path: '" + value + "'", e);
        }
    }

    /**
     * The time-series store as a job opens it: its own connections to the file, which wait for the
     * server's writer instead of failing. Jobs keep their write transactions short for that writer.
     */
    public static DataSource timeseries(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        dataSource.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        dataSource.setEnforceForeignKeys(true);
        return dataSource;
    }

    /**
     * The PostgreSQL database of the media metadata, if there is one: the JDBC URL a job parameter
     * gives; else one from POSTGRES_HOST and the other
     * POSTGRES_ settings. Empty in journal mode (no POSTGRES_HOST).
     */
    public Optional<DataSource> media(String jdbcUrlParameter) {
        String url = postgresUrl(jdbcUrlParameter);
        if (url != null) {
            return Optional.of(postgres(url));
        }
        return postgresUrlOfSettings().map(this::postgres);
    }

    private Optional<String> postgresUrlOfSettings() {
        String host = setting("POSTGRES_HOST");
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(JDBC_POSTGRESQL + "//" + host + ":" + setting("POSTGRES_PORT", "5432") + "/" + setting("POSTGRES_DB", "homecontrol"));
    }

    /** The job parameter postgresUrl checked, or null when it is not given. */
    public static String postgresUrl(String parameter) {
        return postgresUrl(parameter, "postgresUrl");
    }

    private static String postgresUrl(String parameter, String name) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        if (!parameter.strip().startsWith(JDBC_POSTGRESQL)) {
            throw new JobFailedException("Job parameter " + name + " must be a jdbc:postgresql: URL, not '" + parameter + "'");
        }
        return parameter.strip();
    }

    private PGSimpleDataSource postgres(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        Optional.ofNullable(setting("POSTGRES_USER")).ifPresent(dataSource::setUser);
        Optional.ofNullable(setting("POSTGRES_PASSWORD")).ifPresent(dataSource::setPassword);
        dataSource.setApplicationName("myhomecontrol-jobs");
        // A batch of inserts goes as multi-row statements, as the server's time-series pool sends them.
        dataSource.setReWriteBatchedInserts(true);
        return dataSource;
    }

    private static Optional<Config> serverConfig() {
        try {
            return Optional.of(ConfigProvider.getConfig());
        } catch (IllegalStateException | NoClassDefFoundError e) {
            // Plain Java SE: no MicroProfile Config implementation on the class path.
            return Optional.empty();
        }
    }
}
