package com.myhomecontrol.platform.control;

import com.myhomecontrol.platform.entity.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Typed, validated access to the fields of one JSON object. Every rule broken is added to the
 * shared error list under the field's full path, so that one answer names all that is wrong.
 */
public class JsonFields {

    private final JsonObject object;
    private final String path;
    private final List<FieldError> errors;
    private final TimestampParser timestamps;

    public JsonFields(JsonObject object, String path, List<FieldError> errors, TimestampParser timestamps) {
        this.object = object;
        this.path = path;
        this.errors = errors;
        this.timestamps = timestamps;
    }

    public void rejectUnknown(Set<String> known) {
        object.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .forEach(name -> error(name, "is not a known field (known: " + String.join(", ", known.stream().sorted().toList()) + ")"));
    }

    public String id(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            error(name, "is required");
            return null;
        }
        if (!(value instanceof JsonString string)) {
            error(name, "must be a string");
            return null;
        }
        return Identifiers.check(string.getString(), fieldPath(name), errors);
    }

    public Instant timestamp(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            error(name, "is required");
            return null;
        }
        return timestamps.parse(value, fieldPath(name), errors);
    }

    /** A number that may be absent or null (then null), else finite and within [min, max]. */
    public Double number(String name, double min, double max) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            error(name, "must be a number");
            return null;
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            error(name, "must be a finite number");
            return null;
        }
        if (d < min || d > max) {
            error(name, "must be between " + format(min) + " and " + format(max) + ", was " + number);
            return null;
        }
        return d;
    }

    /** true or false, also accepted as "on" or "off"; null when absent. */
    public Boolean onOff(String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonString s && ("on".equalsIgnoreCase(s.getString()) || "off".equalsIgnoreCase(s.getString()))) {
            return "on".equalsIgnoreCase(s.getString());
        }
        error(name, "must be true, false, \"on\" or \"off\"");
        return null;
    }

    /** A reading without any measurement is a mistake, not an empty update; reported under the first name. */
    public void requireAnyOf(List<String> names) {
        if (names.stream().allMatch(name -> object.getOrDefault(name, JsonValue.NULL) == JsonValue.NULL)) {
            error(names.get(0), "a reading needs at least one of " + String.join(", ", names));
        }
    }

    public void error(String name, String message) {
        errors.add(new FieldError(fieldPath(name), message));
    }

    private String fieldPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
