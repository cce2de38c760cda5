package com.myhomecontrol.platform.control;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Values written straight into a JSON generator as named properties, {@code null} where the value
 * is unknown, as JSON-B wrote them; doubles as {@link DecimalNumber} writes them.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static void writeDouble(JsonGenerator json, SerializableString name, ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        json.writeName(name);
        // wasNull() is a second native call; only a 0 can be a NULL.
        if (value == 0 && rows.wasNull()) {
            json.writeNull();
        } else {
            DecimalNumber.write(json, value);
        }
    }

    public static void writeBoolean(JsonGenerator json, SerializableString name, ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        json.writeName(name);
        if (!value && rows.wasNull()) {
            json.writeNull();
        } else {
            json.writeBoolean(value);
        }
    }

    public static void write(JsonGenerator json, String name, Double value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else {
            DecimalNumber.write(json, value);
        }
    }

    /** ISO-8601 UTC, or null. */
    public static void write(JsonGenerator json, String name, Instant value) {
        json.writeStringProperty(name, value == null ? null : value.toString());
    }
}
