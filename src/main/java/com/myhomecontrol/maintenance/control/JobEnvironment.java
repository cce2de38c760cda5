package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a job finds the platform's settings and stores. Inside the server: MicroProfile Config
 * (server.xml variables and the environment) and the server's PostgreSQL data source. In plain
 * Java SE (the tests and the offline restore), which has neither: the environment, and a
 * connection of its own. Job parameters given win over both, so a test or an operator can point a
 * job elsewhere.
 */
public final class JobEnvironment {

    static final String MEDIA_DATA_SOURCE = "jdbc/media";

    /** SQLite waits this long for the single writer's lock instead of failing at once. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

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

    /** The store the job parameter {@code timeseriesDb} names, else the configured one. */
    public Path timeseriesFile(String timeseriesDbParameter) {
        return timeseriesDbParameter == null || timeseriesDbParameter.isBlank() ? timeseriesFile()
                : path("timeseriesDb", timeseriesDbParameter);
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
     * gives; else, inside the server, its data source; else one from POSTGRES_HOST and the other
     * POSTGRES_ settings. Empty in journal mode (no POSTGRES_HOST).
     */
    public Optional<DataSource> media(String jdbcUrlParameter) {
        if (jdbcUrlParameter != null && !jdbcUrlParameter.isBlank()) {
            return Optional.of(postgres(jdbcUrlParameter.strip()));
        }
        String host = setting("POSTGRES_HOST");
        if (host == null) {
            return Optional.empty();
        }
        if (inServer) {
            return Optional.of(lookup(MEDIA_DATA_SOURCE));
        }
        return Optional.of(postgres("jdbc:postgresql://" + host + ":" + setting("POSTGRES_PORT", "5432") + "/"
                + setting("POSTGRES_DB", "homecontrol")));
    }

    private DataSource postgres(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        Optional.ofNullable(setting("POSTGRES_USER")).ifPresent(dataSource::setUser);
        Optional.ofNullable(setting("POSTGRES_PASSWORD")).ifPresent(dataSource::setPassword);
        dataSource.setApplicationName("myhomecontrol-jobs");
        return dataSource;
    }

    private static DataSource lookup(String jndiName) {
        try {
            return InitialContext.doLookup(jndiName);
        } catch (NamingException e) {
            throw new JobFailedException("The server has no data source " + jndiName + ": " + e.getMessage(), e);
        }
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
