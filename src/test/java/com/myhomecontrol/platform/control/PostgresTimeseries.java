package com.myhomecontrol.platform.control;

import com.myhomecontrol.it.TestPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The time-series store on a real PostgreSQL for tests (TIMESERIES_STORE=postgresql): a database of
 * its own, migrated into the schema timeseries, connections working in that schema with the server
 * pool's settings, and the daily
 * partitions of the raw tables made for the days a test writes.
 */
public final class PostgresTimeseries {

    private PostgresTimeseries() {
    }

    /** A new database with the time-series schema and the partitions of [from, to) epoch seconds. */
    public static DataSource migrated(long fromSecond, long toSecond) {
        TestPostgres.Server server = TestPostgres.shared();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.url(server.createDatabase("timeseries")));
        dataSource.setUser(server.user());
        dataSource.setPassword(server.password());
        dataSource.setCurrentSchema(SchemaMigrations.TIMESERIES_SCHEMA);
        // As the server's pool (timeseries-postgresql.xml): a batch goes as multi-row statements.
        dataSource.setReWriteBatchedInserts(true);
        SchemaMigrations.migrate(dataSource, SchemaMigrations.TIMESERIES_POSTGRESQL, SchemaMigrations.TIMESERIES_SCHEMA);
        ensurePartitions(dataSource, "energy_timeseries", fromSecond, toSecond);
        ensurePartitions(dataSource, "weather_timeseries", fromSecond, toSecond);
        return dataSource;
    }

    /** A store around {@code around}, with its days on either side. */
    public static DataSource migratedAround(long around, Duration eitherSide) {
        return migrated(around - eitherSide.toSeconds(), around + eitherSide.toSeconds());
    }

    /** The job parameter timeseriesDb that names the store: its URL, with the test server's user in it. */
    public static String jobParameter(DataSource dataSource) {
        PGSimpleDataSource store = (PGSimpleDataSource) dataSource;
        String password = store.getPassword() == null || store.getPassword().isEmpty() ? "" : "&password=" + store.getPassword();
        return "jdbc:postgresql://" + store.getServerNames()[0] + ":" + store.getPortNumbers()[0] + "/" + store.getDatabaseName()
                + "?user=" + store.getUser() + password;
    }

    /** How many partitions the call created. */
    public static int ensurePartitions(DataSource dataSource, String table, long fromSecond, long toSecond) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT ensure_partitions(?, ?, ?)")) {
            statement.setString(1, table);
            statement.setLong(2, fromSecond);
            statement.setLong(3, toSecond);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("Cannot make the partitions of " + table, e);
        }
    }
}
