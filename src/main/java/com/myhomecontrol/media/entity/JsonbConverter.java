package com.myhomecontrol.media.entity;

import com.myhomecontrol.platform.control.JsonProviders;
import jakarta.json.JsonObject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.postgresql.util.PGobject;

import java.io.StringReader;
import java.sql.SQLException;

/**
 * A JSON object as a PostgreSQL {@code jsonb} column: the driver's {@code PGobject} of type jsonb,
 * which PostgreSQL takes for a jsonb parameter (a plain string would be refused as varchar). In
 * Liberty the application sees the driver's classes only because it shares the server's driver
 * library (server.xml, the application's classloader).
 */
@Converter
public class JsonbConverter implements AttributeConverter<JsonObject, PGobject> {

    @Override
    public PGobject convertToDatabaseColumn(JsonObject json) {
        if (json == null) {
            return null;
        }
        PGobject column = new PGobject();
        column.setType("jsonb");
        try {
            column.setValue(json.toString());
        } catch (SQLException e) {
            throw new IllegalArgumentException("Not a jsonb value: " + e.getMessage(), e);
        }
        return column;
    }

    @Override
    public JsonObject convertToEntityAttribute(PGobject column) {
        if (column == null || column.getValue() == null) {
            return null;
        }
        try (var reader = JsonProviders.JSON.createReader(new StringReader(column.getValue()))) {
            return reader.readObject();
        }
    }
}
