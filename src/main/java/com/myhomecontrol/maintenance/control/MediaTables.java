package com.myhomecontrol.maintenance.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of the media schema as the catalog lists them (the schema of the connection, where
 * Flyway migrated them), so that a table a later migration adds is exported and restored without
 * a change here.
 */
final class MediaTables {

    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private MediaTables() {
    }

    /** Each table with its columns in their order; generated columns are left out, COPY FROM cannot fill them. */
    static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
                ORDER BY c.table_name, c.ordinal_position""")) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return columns;
    }

    /** The newest migration applied, or "none" in a database the platform never migrated. */
    static String schemaVersion(Connection connection, Map<String, List<String>> tables) throws SQLException {
        if (!tables.containsKey(SCHEMA_HISTORY)) {
            return "none";
        }
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT version FROM " + SCHEMA_HISTORY + " WHERE success ORDER BY installed_rank DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "none";
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(MediaTables::quoted).toList());
    }
}
