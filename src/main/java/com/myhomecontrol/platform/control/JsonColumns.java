package com.myhomecontrol.platform.control;

import jakarta.json.stream.JsonGenerator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Values written straight into a JSON generator, {@code null} where the value is unknown, as JSON-B
 * wrote them; doubles as {@link DecimalNumber}s.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static void writeDouble(JsonGenerator json, String name, ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        // wasNull() is a second native call; only a 0 can be a NULL.
        if (value == 0 && rows.wasNull()) {
            json.writeNull(name);
        } else {
            json.write(name, DecimalNumber.of(value));
        }
    }

    public static void writeBoolean(JsonGenerator json, String name, ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        if (rows.wasNull()) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    public static void write(JsonGenerator json, String name, Double value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, DecimalNumber.of(value));
        }
    }

    /** ISO-8601 UTC, or null. */
    public static void write(JsonGenerator json, String name, Instant value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value.toString());
        }
    }
}
