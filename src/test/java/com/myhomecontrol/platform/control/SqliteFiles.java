package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.RawTableDays;
import com.myhomecontrol.platform.entity.TimeseriesStoreKind;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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

    /** A writer as the application runs it, with room enough for any test, on SQLite or on PostgreSQL ({@link PostgresTimeseries}). */
    public static TimeseriesWriter writer(DataSource dataSource) {
        TimeseriesStoreKind kind = dataSource instanceof PGSimpleDataSource ? TimeseriesStoreKind.POSTGRESQL : TimeseriesStoreKind.SQLITE;
        return new TimeseriesWriter(dataSource, Thread::new, kind == TimeseriesStoreKind.POSTGRESQL ? 4 : 1, 1_000, 1_000,
                Duration.ofSeconds(30), Clock.systemUTC(),
                TimeseriesWriter.Observer.NONE, TimeseriesDialect.of(kind, dataSource));
    }

    /** Writes {@code rows} readings of {@code device} at consecutive seconds from {@code first}, and waits for their commit. */
    public static void writeReadings(TimeseriesWriter writer, String device, int first, int rows) {
        writer.write("test", RawTableDays.between("energy_timeseries", first, first + rows), List.of(device), readings(device, first, rows), rows);
    }

    /** Inserts {@code rows} readings of {@code device} at consecutive seconds from {@code first}. */
    public static TimeseriesWriter.Rows readings(String device, int first, int rows) {
        return connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO energy_timeseries (device_id, timestamp, power_w) VALUES (?, ?, ?)")) {
                for (int i = first; i < first + rows; i++) {
                    statement.setString(1, device);
                    statement.setLong(2, i);
                    statement.setDouble(3, i);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        };
    }

    /** The single number a query answers, such as a COUNT(*). */
    public static long longValue(DataSource dataSource, String sql) {
        return singleValue(dataSource, sql, rows -> rows.getLong(1));
    }

    /** The text of the single value a query answers, such as a PRAGMA's. */
    public static String text(DataSource dataSource, String sql) {
        return singleValue(dataSource, sql, rows -> rows.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T singleValue(DataSource dataSource, String sql, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("No row for: " + sql);
            }
            return column.read(rows);
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
