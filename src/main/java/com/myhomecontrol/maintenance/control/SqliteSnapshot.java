package com.myhomecontrol.maintenance.control;

import com.myhomecontrol.maintenance.entity.JobFailedException;
import com.myhomecontrol.maintenance.entity.StoreContent;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consistent copy of a live SQLite file: VACUUM INTO reads the store in one read transaction,
 * so writers go on and the copy holds exactly what was committed when it began. Also the row
 * counts and schema version of a copy.
 */
public final class SqliteSnapshot {

    private SqliteSnapshot() {
    }

    public static void copy(Path store, Path copy) {
        JobEnvironment.requireTimeseriesFile(store);
        try (Connection connection = JobEnvironment.timeseries(store).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new JobFailedException("Cannot copy " + store + " to " + copy + ": " + e.getMessage(), e);
        }
        // The copy stays one file: in WAL mode, opening it would add -wal and -shm beside it.
        try (Connection connection = JobEnvironment.timeseries(copy).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new JobFailedException("Cannot open the copy " + copy + ": " + e.getMessage(), e);
        }
    }

    /** The schema version and row counts of a copy. */
    public static StoreContent content(Path copy) {
        try (Connection connection = openReadOnly(copy)) {
            return StoreContent.of(schemaVersion(connection), rowCounts(connection));
        } catch (SQLException e) {
            throw new JobFailedException("Cannot read the copy " + copy + ": " + e.getMessage(), e);
        }
    }

    /** Opens a copy for reading only, so that checking it cannot change it. */
    public static Connection openReadOnly(Path copy) throws SQLException {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:file:" + copy + "?mode=ro");
        return dataSource.getConnection();
    }

    public static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    /** The newest version Flyway applied, as the health check reports it. */
    public static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "none";
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
