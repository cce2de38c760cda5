package com.myhomecontrol.media.control;

import jakarta.json.JsonObject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A statement assembled from conditions, with its parameters bound by type: times as
 * timestamptz, JSON documents as text that the SQL casts to jsonb, lists of text as arrays.
 */
class SqlStatement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SqlStatement append(String text, Object... values) {
        sql.append(text);
        parameters.addAll(List.of(values));
        return this;
    }

    String sql() {
        return sql.toString();
    }

    /** The same statement behind {@code prefix} (such as an EXPLAIN), with the same parameters. */
    SqlStatement prefixed(String prefix) {
        SqlStatement prefixed = new SqlStatement().append(prefix + sql);
        prefixed.parameters.addAll(parameters);
        return prefixed;
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        try {
            for (int i = 0; i < parameters.size(); i++) {
                bind(connection, statement, i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof JsonObject json) {
            statement.setString(index, json.toString());
        } else if (value instanceof String[] texts) {
            Array array = connection.createArrayOf("text", texts);
            statement.setArray(index, array);
        } else if (value instanceof UUID || value instanceof Double || value instanceof Long
                || value instanceof Integer || value instanceof Boolean || value instanceof String || value == null) {
            statement.setObject(index, value);
        } else {
            throw new IllegalArgumentException("No SQL binding for " + value.getClass());
        }
    }
}
