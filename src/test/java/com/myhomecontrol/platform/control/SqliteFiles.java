package com.myhomecontrol.platform.control;

import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Real SQLite files for tests: configured as in production and migrated to the newest schema. */
public final class SqliteFiles {

    private SqliteFiles() {
    }

    /** A new database file in {@code directory} with the time-series schema. */
    public static DataSource migrated(Path directory) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve("timeseries.db"));
        dataSource.setJournalMode("WAL");
        dataSource.setSynchronous("FULL");
        SchemaMigrations.migrate(dataSource, SchemaMigrations.TIMESERIES);
        return dataSource;
    }

    /** A writer as the application runs it, with room enough for any test. */
    public static TimeseriesWriter writer(DataSource dataSource) {
        return new TimeseriesWriter(dataSource, Thread::new, 1_000, 1_000, Duration.ofSeconds(30));
    }

    /** The single number a query answers, such as a COUNT(*). */
    public static long longValue(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("No row for: " + sql);
            }
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }

    /** The columns of the single row a query answers, as numbers, null where the column is null. */
    public static List<Double> doubles(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("No row for: " + sql);
            }
            List<Double> values = new ArrayList<>();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                values.add(SqlValues.getDouble(rows, column));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql, e);
        }
    }
}
